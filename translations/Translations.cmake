# Translations: English and Latin American Spanish (see translations/README.md).
#
#   cmake --build <dir> --target update_translations   # lupdate: refresh both .ts files from the sources
#   cmake --build <dir> --target release_translations  # lrelease only (normal builds do it anyway)
#
# recdesk_es.ts holds every string; recdesk_en.ts holds only the English plural forms of the
# tr("%n file(s)", nullptr, n) strings (lupdate -pluralonly). Both are compiled to .qm files and
# embedded under :/i18n in recdesk and recdeskctl; app/core/i18n loads them at start-up.
#
# Included from the top-level CMakeLists.txt after add_subdirectory(app), so that every target
# and every target_sources() call already exists.

if(NOT TARGET recdesk)
    return()
endif()
if(NOT TARGET Qt6::lupdate OR NOT TARGET Qt6::lrelease)
    find_package(Qt6 ${RECDESK_QT_MINIMUM} REQUIRED COMPONENTS LinguistTools)
endif()

set(RECDESK_TS_ES ${CMAKE_CURRENT_LIST_DIR}/recdesk_es.ts)
set(RECDESK_TS_EN ${CMAKE_CURRENT_LIST_DIR}/recdesk_en.ts)
set(RECDESK_QM_DIR ${CMAKE_BINARY_DIR}/translations)

# lupdate in Qt 6.4 scans only the named target's own sources, but most strings live in the
# libraries, so hand it every C++ source and form of the two programs and of every library of
# ours they link, found by walking their link libraries (a new library is picked up by itself).
set(recdesk_i18n_targets "")
set(pending recdesk recdeskctl)
while(pending)
    list(POP_FRONT pending target)
    if(NOT TARGET ${target} OR target IN_LIST recdesk_i18n_targets)
        continue()
    endif()
    get_target_property(imported ${target} IMPORTED)
    get_target_property(aliased ${target} ALIASED_TARGET)
    if(imported OR aliased)
        continue()
    endif()
    list(APPEND recdesk_i18n_targets ${target})
    get_target_property(links ${target} LINK_LIBRARIES)
    if(links)
        list(APPEND pending ${links})
    endif()
endwhile()

set(RECDESK_I18N_SOURCES "")
foreach(target IN LISTS recdesk_i18n_targets)
    get_target_property(target_sources ${target} SOURCES)
    get_target_property(target_dir ${target} SOURCE_DIR)
    foreach(source IN LISTS target_sources)
        # Generator expressions, resources and anything generated in the build tree are not ours.
        if(source MATCHES "\\$<" OR NOT source MATCHES "\\.(cpp|h|ui)$")
            continue()
        endif()
        get_filename_component(source "${source}" ABSOLUTE BASE_DIR "${target_dir}")
        string(FIND "${source}" "${CMAKE_BINARY_DIR}/" in_build_tree)
        if(in_build_tree EQUAL 0)
            continue()
        endif()
        list(APPEND RECDESK_I18N_SOURCES "${source}")
    endforeach()
endforeach()
file(GLOB recdesk_ui_forms CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/ui/*.ui)
list(APPEND RECDESK_I18N_SOURCES ${recdesk_ui_forms})
list(REMOVE_DUPLICATES RECDESK_I18N_SOURCES)
list(SORT RECDESK_I18N_SOURCES)
set(RECDESK_I18N_INCLUDE_DIRS ${CMAKE_SOURCE_DIR}/app ${CMAKE_SOURCE_DIR}/app/core ${CMAKE_SOURCE_DIR}/app/gui
                              ${CMAKE_SOURCE_DIR}/ui)

# No source locations in the committed .ts files: line numbers would change with every edit of
# every engineer and bury the real changes in the diffs. No obsolete entries either.
set(RECDESK_LUPDATE_OPTIONS -no-obsolete -locations none)

# The same file list for the CI check (tests/i18n), which runs lupdate on a copy.
set(recdesk_lupdate_list "")
foreach(dir IN LISTS RECDESK_I18N_INCLUDE_DIRS)
    string(APPEND recdesk_lupdate_list "-I${dir}\n")
endforeach()
foreach(source IN LISTS RECDESK_I18N_SOURCES)
    string(APPEND recdesk_lupdate_list "${source}\n")
endforeach()
set(RECDESK_LUPDATE_LIST ${RECDESK_QM_DIR}/lupdate-sources.lst)
file(CONFIGURE OUTPUT ${RECDESK_LUPDATE_LIST} CONTENT "${recdesk_lupdate_list}")

# The .qm files land in <build>/translations, where the tests can find them too.
set_source_files_properties(${RECDESK_TS_ES} ${RECDESK_TS_EN} PROPERTIES OUTPUT_LOCATION ${RECDESK_QM_DIR})

# Not qt_add_translations(): in Qt 6.4 it runs lupdate with the same options on every .ts file,
# and recdesk_en.ts must get -pluralonly. So its three steps, by hand:
# 1. lupdate. recdesk_lupdate (Spanish) and recdesk_en_lupdate (English plural forms), both
#    part of update_translations. recdesk_en is only a name here, not a target.
qt_add_lupdate(recdesk
    TS_FILES ${RECDESK_TS_ES}
    SOURCES ${RECDESK_I18N_SOURCES}
    INCLUDE_DIRECTORIES ${RECDESK_I18N_INCLUDE_DIRS}
    OPTIONS ${RECDESK_LUPDATE_OPTIONS})
qt_add_lupdate(recdesk_en
    TS_FILES ${RECDESK_TS_EN}
    SOURCES ${RECDESK_I18N_SOURCES}
    INCLUDE_DIRECTORIES ${RECDESK_I18N_INCLUDE_DIRS}
    OPTIONS -pluralonly ${RECDESK_LUPDATE_OPTIONS})

# 2. lrelease, as part of every build: the target recdesk_lrelease (also under
#    release_translations). Qt 6.7 gave qt_add_lrelease a new signature and no longer names its
#    target after the first argument, so the name is given explicitly where Qt takes one.
set(recdesk_lrelease_args TS_FILES ${RECDESK_TS_ES} ${RECDESK_TS_EN} QM_FILES_OUTPUT_VARIABLE RECDESK_QM_FILES)
if(Qt6_VERSION VERSION_LESS 6.7)
    qt_add_lrelease(recdesk ${recdesk_lrelease_args}) # makes recdesk_lrelease
else()
    qt_add_lrelease(${recdesk_lrelease_args} LRELEASE_TARGET recdesk_lrelease)
    add_dependencies(recdesk recdesk_lrelease)
endif()

# 3. The .qm files as resources, :/i18n/recdesk_<lang>.qm, in both programs.
qt_add_resources(recdesk recdesk_translations PREFIX /i18n BASE ${RECDESK_QM_DIR} FILES ${RECDESK_QM_FILES})
if(TARGET recdeskctl)
    add_dependencies(recdeskctl recdesk_lrelease)
    qt_add_resources(recdeskctl recdeskctl_translations PREFIX /i18n BASE ${RECDESK_QM_DIR}
                     FILES ${RECDESK_QM_FILES})
endif()
