# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#
# All compile policy lives in one INTERFACE target; every target links it PRIVATE.

add_library(isms_build_settings INTERFACE)
target_compile_features(isms_build_settings INTERFACE cxx_std_20)
target_compile_definitions(isms_build_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    $<$<NOT:$<CONFIG:Debug>>:QT_NO_DEBUG_OUTPUT>)

if(MSVC)
    target_compile_options(isms_build_settings INTERFACE /W4 /permissive- /utf-8 /Zc:__cplusplus)
    target_compile_options(isms_build_settings INTERFACE $<$<CONFIG:Release,RelWithDebInfo>:/guard:cf>)
    target_link_options(isms_build_settings INTERFACE $<$<CONFIG:Release,RelWithDebInfo>:/guard:cf>)
else()
    target_compile_options(isms_build_settings INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
        -Woverloaded-virtual -Wcast-align -Wformat=2 -Wimplicit-fallthrough)
    # Hardening for optimised builds.
    target_compile_definitions(isms_build_settings INTERFACE
        $<$<CONFIG:Release,RelWithDebInfo,MinSizeRel>:_FORTIFY_SOURCE=2>)
    target_compile_options(isms_build_settings INTERFACE
        $<$<CONFIG:Release,RelWithDebInfo,MinSizeRel>:-fstack-protector-strong>)
    if(NOT APPLE)
        target_link_options(isms_build_settings INTERFACE
            $<$<CONFIG:Release,RelWithDebInfo,MinSizeRel>:LINKER:-z,relro,-z,now>)
    endif()
endif()

if(ISMS_SANITIZERS)
    list(JOIN ISMS_SANITIZERS "," _isms_sanitizers)
    target_compile_options(isms_build_settings INTERFACE -fsanitize=${_isms_sanitizers} -fno-omit-frame-pointer
        -fno-sanitize-recover=undefined)
    target_link_options(isms_build_settings INTERFACE -fsanitize=${_isms_sanitizers})
    # Asserts stay active in sanitizer and CI builds.
    target_compile_definitions(isms_build_settings INTERFACE QT_FORCE_ASSERTS)
endif()
add_feature_info(ISMS_SANITIZERS ISMS_SANITIZERS "sanitizers: ${ISMS_SANITIZERS}")

# libFuzzer: every library gets the coverage instrumentation that guides the fuzzer; only the fuzz
# targets link libFuzzer itself (-fsanitize=fuzzer, in tests/fuzz).
if(ISMS_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "ISMS_FUZZ needs clang (libFuzzer); configure with the fuzz preset")
    endif()
    target_compile_options(isms_build_settings INTERFACE -fsanitize=fuzzer-no-link -fno-omit-frame-pointer)
    target_compile_definitions(isms_build_settings INTERFACE QT_FORCE_ASSERTS)
endif()

if(ISMS_COVERAGE)
    target_compile_options(isms_build_settings INTERFACE --coverage)
    target_link_options(isms_build_settings INTERFACE --coverage)
endif()
