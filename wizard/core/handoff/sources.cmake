target_sources(skybeam_core PRIVATE
    handoff/mp4headerparser.h handoff/mp4headerparser.cpp
    handoff/handoffpack.h handoff/handoffpack.cpp
    handoff/packreader.h handoff/packreader.cpp
    handoff/scanworker.h handoff/scanworker.cpp
    handoff/handoffscanner.h handoff/handoffscanner.cpp
    handoff/postedstatestore.h handoff/postedstatestore.cpp
    handoff/handoffpackmodel.h handoff/handoffpackmodel.cpp
    handoff/handofffiltermodel.h handoff/handofffiltermodel.cpp
)
