# Compiler settings every Keyway target shares.
function(keyway_target_defaults target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
        QT_NO_FOREACH
        QT_DISABLE_DEPRECATED_UP_TO=0x060400)
    if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
        # clang has no -Wshadow=local (its -Wshadow also flags members and globals).
        if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
            target_compile_options(${target} PRIVATE -Wshadow=local)
        endif()
        if(KEYWAY_WERROR)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
    endif()
    if(KEYWAY_SANITIZE)
        target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(${target} PRIVATE -fsanitize=address,undefined)
    endif()
    if(KEYWAY_FUZZ)
        # Coverage instrumentation for libFuzzer in every target, so that one sanitizer build also serves the
        # fuzz executables (keyway_add_fuzzer links the libFuzzer runtime); harmless for the other programs.
        target_compile_options(${target} PRIVATE -fsanitize=fuzzer-no-link)
    endif()
endfunction()

# keyway_add_fuzzer(NAME fuzz_foo SOURCES fuzz_foo.cpp [LIBRARIES ...] [SEEDS dir ...])
# A libFuzzer executable (KEYWAY_FUZZ=ON, clang). SEEDS are corpus directories, written to
# <build>/fuzz/<name>.seeds for tests/run-fuzz.sh.
function(keyway_add_fuzzer)
    cmake_parse_arguments(ARG "" "NAME" "SOURCES;LIBRARIES;SEEDS" ${ARGN})
    add_executable(${ARG_NAME} ${ARG_SOURCES})
    keyway_target_defaults(${ARG_NAME})
    target_link_libraries(${ARG_NAME} PRIVATE keyway_core ${ARG_LIBRARIES})
    target_link_options(${ARG_NAME} PRIVATE -fsanitize=fuzzer)
    set_target_properties(${ARG_NAME} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/fuzz)
    list(JOIN ARG_SEEDS "\n" seeds)
    file(WRITE ${PROJECT_BINARY_DIR}/fuzz/${ARG_NAME}.seeds "${seeds}\n")
endfunction()

# keyway_add_test(NAME tst_foo SOURCES tst_foo.cpp LIBRARIES keyway_core [LABELS unit] [ENVIRONMENT K=V ...] [TIMEOUT s])
# One Qt Test executable per class under test.
function(keyway_add_test)
    cmake_parse_arguments(ARG "" "NAME;TIMEOUT;WORKING_DIRECTORY" "SOURCES;LIBRARIES;LABELS;ENVIRONMENT" ${ARGN})
    add_executable(${ARG_NAME} ${ARG_SOURCES})
    keyway_target_defaults(${ARG_NAME})
    target_link_libraries(${ARG_NAME} PRIVATE Qt6::Test ${ARG_LIBRARIES})
    target_compile_definitions(${ARG_NAME} PRIVATE
        KEYWAY_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data"
        KEYWAY_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        KEYWAY_BINARY_DIR="${PROJECT_BINARY_DIR}")
    if(NOT ARG_WORKING_DIRECTORY)
        set(ARG_WORKING_DIRECTORY "${CMAKE_CURRENT_BINARY_DIR}")
    endif()
    add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME} WORKING_DIRECTORY ${ARG_WORKING_DIRECTORY})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set_tests_properties(${ARG_NAME} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;${ARG_ENVIRONMENT}")
endfunction()
