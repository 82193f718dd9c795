# Compile flags for every target in the wasm build (core and bindings alike).
# The core is exception-free by design (errors are data; JSON parsing never throws), so the
# module is built without exception support: 19% smaller (wasm gzip 66 KB instead of
# 81 KB with -fwasm-exceptions). JSON_NOEXCEPTION (cmake/Nlohmann.cmake) turns any
# nlohmann throw into an abort, natively too, so unit tests and fuzzers find such paths.
add_compile_options(-fno-exceptions)
set(SAMENWIJS_WASM_OPT "-Oz" CACHE STRING "Optimisation level of the release wasm build")
if(NOT CMAKE_BUILD_TYPE STREQUAL "Debug")
  # Release profile: smallest code (MinSizeRel alone would give -Os).
  add_compile_options(${SAMENWIJS_WASM_OPT} -flto)
endif()
# emcmake sets a crosscompiling emulator with a flag Node 20 rejects; we run the module
# from our own Node tests instead.
set(CMAKE_CROSSCOMPILING_EMULATOR "" CACHE STRING "" FORCE)
