# Cuts the officer's guide (Help ▸ Guide in the workbench) out of README.md: from its
# "## What it is for" heading to the heading after "## How to use it". README.md stays the one
# text to keep true; the guide is made from it at every build.
# Usage: cmake -DREADME=path/README.md -DGUIDE=path/guide.md -P ExtractGuide.cmake
file(READ "${README}" readme)
string(FIND "${readme}" "\n## What it is for" first)
string(FIND "${readme}" "\n## How to use it" usage)
if(first EQUAL -1 OR usage EQUAL -1)
    message(FATAL_ERROR "${README} has no \"## What it is for\" or \"## How to use it\" section: "
        "the in-app guide is made from them. Put the headings back, or change "
        "cmake/ExtractGuide.cmake.")
endif()
string(SUBSTRING "${readme}" ${usage} -1 rest)
string(SUBSTRING "${rest}" 1 -1 rest)
string(FIND "${rest}" "\n## " next)
if(next EQUAL -1)
    string(LENGTH "${rest}" next)
endif()
math(EXPR length "${usage} - ${first} + 1 + ${next}")
string(SUBSTRING "${readme}" ${first} ${length} guide)
file(WRITE "${GUIDE}.new" "# FOI Workbench guide\n${guide}\n")
# Only a changed guide is written, so that an edit elsewhere in the README rebuilds nothing.
file(COPY_FILE "${GUIDE}.new" "${GUIDE}" ONLY_IF_DIFFERENT)
file(REMOVE "${GUIDE}.new")
