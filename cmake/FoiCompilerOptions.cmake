# Warnings and sanitizers, collected in one interface target that every project target links.
add_library(foi_compiler_options INTERFACE)
target_compile_options(foi_compiler_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual
    $<$<BOOL:${FOI_WARNINGS_AS_ERRORS}>:-Werror>)
target_compile_definitions(foi_compiler_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)
target_include_directories(foi_compiler_options INTERFACE ${PROJECT_BINARY_DIR}/generated)

if(FOI_SANITIZE)
    target_compile_options(foi_compiler_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(foi_compiler_options INTERFACE -fsanitize=address,undefined)
    target_sources(foi_compiler_options INTERFACE ${CMAKE_CURRENT_LIST_DIR}/SanitizerDefaults.cpp)
endif()

# One helper adds a test: an executable, its ctest entry on the offscreen platform,
# and the path of the shared test data.
function(foi_add_test name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBRARIES;LABELS" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE foi_compiler_options foi_test_support Qt6::Test ${ARG_LIBRARIES})
    target_compile_definitions(${name} PRIVATE
        FOI_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
        FOI_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        FOI_BINARY_DIR="${PROJECT_BINARY_DIR}")
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=qt.qpa.*=false;ASAN_OPTIONS=detect_leaks=1:abort_on_error=0;LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/support/lsan.supp;UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1"
        TIMEOUT 300
        LABELS "${ARG_LABELS}")
endfunction()

# A test of the store or the services that makes its stores with testsupport::TestStore
# (tests/support/TestStore.h), run twice (issue 20 point 2): on a store file as `name`, and on the
# throwaway PostgreSQL server as `name`_postgresql (FOI_TEST_BACKEND=postgresql, ctest's
# "postgres" fixture, tests/postgres).
function(foi_add_test_on_both_backends name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBRARIES;LABELS" ${ARGN})
    foi_add_test(${name} SOURCES ${ARG_SOURCES} LIBRARIES ${ARG_LIBRARIES} LABELS ${ARG_LABELS})
    target_compile_definitions(${name} PRIVATE FOI_POSTGRES_ENV_FILE="${FOI_POSTGRES_STATE_DIR}/env"
        FOI_THROWAWAY_POSTGRES="${PROJECT_SOURCE_DIR}/scripts/lib/throwaway-postgres")
    add_test(NAME ${name}_postgresql COMMAND ${name})
    get_test_property(${name} ENVIRONMENT environment)
    set_tests_properties(${name}_postgresql PROPERTIES
        ENVIRONMENT "${environment};FOI_TEST_BACKEND=postgresql"
        FIXTURES_REQUIRED postgres
        TIMEOUT 300
        LABELS "${ARG_LABELS};postgresql")
endfunction()
