target_sources(skybeam_wizard PRIVATE
    widgets/announcer.h widgets/announcer.cpp
    widgets/avatarlabel.h widgets/avatarlabel.cpp
    widgets/busyindicator.h widgets/busyindicator.cpp
    widgets/checklistwidget.h widgets/checklistwidget.cpp
    widgets/commandlinkbutton.h widgets/commandlinkbutton.cpp
    widgets/copyablefield.h widgets/copyablefield.cpp
    widgets/inlinemessage.h widgets/inlinemessage.cpp
    widgets/labels.h widgets/labels.cpp
    widgets/pagescrollarea.h widgets/pagescrollarea.cpp
    widgets/pastedaddresspanel.h widgets/pastedaddresspanel.cpp
    widgets/urlopener.h widgets/urlopener.cpp
    widgets/wrappedlabel.h widgets/wrappedlabel.cpp
)
