# Fails when a file breaks a layer boundary, naming the file and the offending include.
cmake_minimum_required(VERSION 3.25) # IN_LIST
set(violations "")

# Every include line of the files under `folder` that matches `pattern` is a violation, except in
# the files listed after `reason` (paths from the root). An excepted file that no longer breaks
# the rule is a violation too, so that the list of exceptions only shrinks.
function(check_folder folder pattern reason)
    set(excepted ${ARGN})
    file(GLOB_RECURSE files "${SOURCE_DIR}/${folder}/*.h" "${SOURCE_DIR}/${folder}/*.cpp")
    foreach(file IN LISTS files)
        file(RELATIVE_PATH relative "${SOURCE_DIR}" "${file}")
        set(broken FALSE)
        file(STRINGS "${file}" lines REGEX "^[ \t]*#[ \t]*include")
        foreach(line IN LISTS lines)
            if(line MATCHES "${pattern}")
                set(broken TRUE)
                if(NOT relative IN_LIST excepted)
                    set(violations "${violations}\n  ${relative}: ${line}  (${reason})")
                endif()
            endif()
        endforeach()
        if(relative IN_LIST excepted AND NOT broken)
            set(violations "${violations}\n  ${relative}: no longer breaks the rule (${reason}): take it off the exceptions")
        endif()
    endforeach()
    set(violations "${violations}" PARENT_SCOPE)
endfunction()

# Like check_folder, for any line (not only includes) that matches `pattern`.
function(check_lines folder pattern reason)
    set(excepted ${ARGN})
    file(GLOB_RECURSE files "${SOURCE_DIR}/${folder}/*.h" "${SOURCE_DIR}/${folder}/*.cpp")
    foreach(file IN LISTS files)
        file(RELATIVE_PATH relative "${SOURCE_DIR}" "${file}")
        file(STRINGS "${file}" lines REGEX "${pattern}")
        if(lines AND NOT relative IN_LIST excepted)
            list(GET lines 0 line)
            string(STRIP "${line}" line)
            set(violations "${violations}\n  ${relative}: ${line}  (${reason})")
        elseif(relative IN_LIST excepted AND NOT lines)
            set(violations "${violations}\n  ${relative}: no longer breaks the rule (${reason}): take it off the exceptions")
        endif()
    endforeach()
    set(violations "${violations}" PARENT_SCOPE)
endfunction()

set(widget_headers "QtWidgets|QWidget|QDialog|QMainWindow|QApplication>|QLabel|QPushButton|QLineEdit|QTextEdit|QMessageBox|QAbstractButton|QLayout|QBoxLayout|QFormLayout|QGridLayout|QTableView|QTreeView|QListView|QMenu|QAction|QToolBar|QStatusBar|QFileDialog|QComboBox|QCheckBox|QSpinBox|QStyle|QScrollArea|QSplitter|QTabWidget|QStackedWidget|QGroupBox|QDateEdit|QPlainTextEdit|QHeaderView|QPdfView")
check_folder(core "<(${widget_headers})" "core must not depend on Qt Widgets")
check_folder(core "[\"<](\\.\\./)*(ui|app)/" "core must not include from ui/ or app/")
check_folder(ui "<(QtSql|QSql)" "ui must not run SQL: go through a core service")
# The UI reads and writes through core/services and knows core/model's values, never the store's
# classes (so that another store back end is never threaded through widgets): the composition
# root (app/gui) builds every service over the store and passes them in.
check_folder(ui "[\"<](\\.\\./)*(core/)?store/" "ui must not include core/store: go through a core service")

# One clock (issue 22 point 3): only core/support/Clock.cpp reads the system's date and time; the
# composition roots make a Clock with Clock::system() and pass it down, so "today" is never read
# behind a widget's or a service's back.
foreach(folder IN ITEMS core ui app)
    check_lines(${folder} "QDate::currentDate|QDateTime::currentDateTime|QTime::currentTime"
        "only core/support/Clock.cpp reads the system clock: take a core::Clock in the constructor"
        core/support/Clock.cpp)
endforeach()

# No hidden law data (issue 22 point 3): the root loads the exemption catalogue, the
# environmental word list and the calendars, and passes them down; nothing in ui/, nor in core
# outside core/law (where they are defined), reads the built-in ones itself (the Calendar settings
# page asks the program's EffectiveCalendar for the built-in bank holidays it describes).
set(law_data "(ExemptionCatalogue|EnvironmentalTerms|WorkingDayCalendar|BankHolidayCalendar)::builtIn\\(")
foreach(folder IN ITEMS core/model core/rules core/reply core/services core/review core/store core/intake core/release core/mail ui)
    check_lines(${folder} "${law_data}"
        "law data comes from the composition root: take the catalogue, word list or calendar in the constructor"
        core/model/CaseFile.cpp)
endforeach()

# One file chooser (issue 22 point 2): every file dialog of the workbench goes through
# ui/widgets/FileChooser, whose one real implementation is the only user of QFileDialog; the
# composition root makes it and passes it down, and the GUI tests answer the dialogs themselves.
check_lines(ui "QFileDialog"
    "file dialogs go through ui/widgets/FileChooser: take a FileChooser in the constructor"
    ui/widgets/DialogFileChooser.cpp)

# Every quoted include names its layer from the repository root (issue 22 point 4), so a reader
# sees in each include line whether a file reaches into core, ui, app or the tests.
foreach(folder IN ITEMS core ui app tests)
    file(GLOB_RECURSE files "${SOURCE_DIR}/${folder}/*.h" "${SOURCE_DIR}/${folder}/*.cpp")
    foreach(file IN LISTS files)
        file(RELATIVE_PATH relative "${SOURCE_DIR}" "${file}")
        if(relative MATCHES "/fixture-") # the checkers' own fixtures break rules on purpose
            continue()
        endif()
        file(STRINGS "${file}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
        foreach(line IN LISTS lines)
            string(REGEX REPLACE "^[^\"]*\"([^\"]*)\".*$" "\\1" included "${line}")
            if(NOT included MATCHES "^(core|ui|app|tests)/" AND NOT included STREQUAL "FoiVersion.h"
               AND NOT included MATCHES "\\.moc$")
                set(violations "${violations}\n  ${relative}: ${line}  (include from the repository root: \"core/...\", \"ui/...\")")
            endif()
        endforeach()
    endforeach()
endforeach()

if(violations)
    message(FATAL_ERROR "Layer boundaries broken:${violations}")
endif()
message(STATUS "Layer boundaries hold: core has no widgets, ui has no SQL and no store, one clock.")
