target_sources(keyway-cli PRIVATE
    cli/main.cpp
    cli/CliApp.h cli/CliApp.cpp
    cli/InspectCommand.h cli/InspectCommand.cpp
    cli/ForgetCommand.h cli/ForgetCommand.cpp
)
