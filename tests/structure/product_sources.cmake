# Included by the structure checks: `sources`, every .h and .cpp below the comma-separated SOURCE_DIRS (a
# semicolon would reach the script escaped, "\;", and make one path of both), but `except`; fails when there
# are fewer than 100, so that a wrong folder cannot make a check pass on nothing.
function(product_sources except)
    string(REPLACE "," ";" source_dirs "${SOURCE_DIRS}")
    set(found_all "")
    foreach(dir IN LISTS source_dirs)
        file(GLOB_RECURSE found "${dir}/*.h" "${dir}/*.cpp")
        list(APPEND found_all ${found})
    endforeach()
    list(REMOVE_ITEM found_all "${except}")
    list(LENGTH found_all count)
    if(count LESS 100)
        message(FATAL_ERROR "found only ${count} sources in ${SOURCE_DIRS}: are the folders right?")
    endif()
    set(sources "${found_all}" PARENT_SCOPE)
endfunction()
