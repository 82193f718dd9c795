# Runs the content tool on one folder and checks its exit code and output.
#
#   cmake -DTOOL=<samenwijs-content> -DDIR=<content folder> -DEXPECT_EXIT=<code>
#         [-DEXPECT_1=<text> ... -DEXPECT_4=<text>] [-DEXPECT_COUNT=<n>] [-DBUNDLE=<out.json>]
#         -P run_content_tool.cmake
#
# EXPECT_n are literal fragments that must appear in stdout+stderr (typically
# "<file>:<JSON pointer>: <message>", which pins file, pointer and message on one line).
# EXPECT_COUNT is the number of problems the tool must report on its summary line.
foreach(var TOOL DIR EXPECT_EXIT)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "run_content_tool.cmake: ${var} is not set")
  endif()
endforeach()

set(args "${DIR}")
if(DEFINED BUNDLE)
  file(REMOVE "${BUNDLE}")
  list(APPEND args --bundle "${BUNDLE}")
endif()
execute_process(COMMAND "${TOOL}" ${args}
  RESULT_VARIABLE exit_code
  OUTPUT_VARIABLE out
  ERROR_VARIABLE err)
set(all "${out}${err}")
message(STATUS "exit code ${exit_code}; output:\n${all}")

set(failures "")
if(NOT "${exit_code}" STREQUAL "${EXPECT_EXIT}")
  string(APPEND failures "expected exit code ${EXPECT_EXIT}, got ${exit_code}\n")
endif()
foreach(n 1 2 3 4)
  if(DEFINED EXPECT_${n})
    string(FIND "${all}" "${EXPECT_${n}}" at)
    if(at EQUAL -1)
      string(APPEND failures "missing in the output: ${EXPECT_${n}}\n")
    endif()
  endif()
endforeach()
if(DEFINED EXPECT_COUNT)
  if(NOT all MATCHES "(^|\n)${EXPECT_COUNT} probleem/problemen in de inhoud")
    string(APPEND failures "expected exactly ${EXPECT_COUNT} problem(s) on the summary line\n")
  endif()
endif()
if(DEFINED BUNDLE)
  if(NOT EXISTS "${BUNDLE}")
    string(APPEND failures "bundle ${BUNDLE} was not written\n")
  else()
    file(SIZE "${BUNDLE}" size)
    if(size LESS 100)
      string(APPEND failures "bundle ${BUNDLE} is suspiciously small (${size} bytes)\n")
    endif()
  endif()
endif()
if(failures)
  message(FATAL_ERROR "${failures}")
endif()
