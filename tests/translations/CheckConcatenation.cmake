# Fails when a user-visible string under ui/ or app/gui is built by joining translated fragments,
# which a translator cannot reorder (Welsh puts words in another order than English): write the
# whole sentence in one tr() with %1 placeholders and .arg() instead. Named with file and line:
#   tr("Due ") + date          a translated fragment followed by +
#   label + tr("…")            + followed by a translated fragment
#   text += tr(" (kept)")      a fragment (starting with a space, newline, bracket or dash)
#                              appended to a sentence
# Whole translated sentences may still be joined into a paragraph with QStringList::join.
# Known gap: a fragment whose tr() spans several string literals, or tr(…).arg(…) + x, is not
# seen; review catches those.
cmake_minimum_required(VERSION 3.25)

set(patterns
    "[^A-Za-z0-9_:]tr\\(\"[^\"]*\"\\)[ \t\r\n]*\\+[^+=]"
    "[^+]\\+[ \t\r\n]*tr\\(\"[^\"]*\"?"
    "\\+=[ \t\r\n]*tr\\(\"( |\\\\n|\\(|\\\\u2014)[^\"]*\"?")
set(guarded TRUE TRUE FALSE) # whether the pattern's first character only guards the match

set(found "")
foreach(folder ui app/gui)
    file(GLOB_RECURSE files "${SOURCE_DIR}/${folder}/*.h" "${SOURCE_DIR}/${folder}/*.cpp")
    foreach(file IN LISTS files)
        file(RELATIVE_PATH relative "${SOURCE_DIR}" "${file}")
        file(READ "${file}" content)
        string(REPLACE ";" "," content "${content}") # a ';' would split CMake's list of matches
        foreach(index RANGE 2)
            list(GET patterns ${index} pattern)
            list(GET guarded ${index} guard)
            string(REGEX MATCHALL "${pattern}" matches "${content}")
            foreach(match IN LISTS matches)
                string(FIND "${content}" "${match}" at)
                string(SUBSTRING "${content}" 0 ${at} before)
                string(REGEX MATCHALL "\n" newlines "${before}")
                list(LENGTH newlines line)
                if(guard)
                    string(SUBSTRING "${match}" 1 -1 match)
                    if(match MATCHES "^\n")
                        math(EXPR line "${line} + 1")
                    endif()
                endif()
                math(EXPR line "${line} + 1")
                string(REGEX REPLACE "[ \t\r\n]+" " " match "${match}")
                string(STRIP "${match}" match)
                set(found "${found}\n  ${relative}:${line}: ${match}")
            endforeach()
        endforeach()
    endforeach()
endforeach()

if(found)
    message(FATAL_ERROR "User-visible strings joined from translated fragments (write one "
                        "tr(\"… %1 …\").arg(…) per sentence):${found}")
endif()
message(STATUS "No string is joined from translated fragments.")
