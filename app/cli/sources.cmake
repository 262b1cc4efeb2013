target_sources(keyway-cli PRIVATE
    cli/main.cpp
    cli/CliApp.h cli/CliApp.cpp
    cli/CliSupport.h cli/CliSupport.cpp
    cli/InspectCommand.h cli/InspectCommand.cpp
    cli/CallCommand.h cli/CallCommand.cpp
    cli/ForgetCommand.h cli/ForgetCommand.cpp
    cli/AuthorizeCommand.h cli/AuthorizeCommand.cpp
    cli/DiscoverCommand.h cli/DiscoverCommand.cpp
    cli/ProbeCommand.h cli/ProbeCommand.cpp
)
