target_sources(skybeam_wizard PRIVATE
    viewer/handoffviewer.h viewer/handoffviewer.cpp
    viewer/packdetailspane.h viewer/packdetailspane.cpp
    viewer/packitemdelegate.h viewer/packitemdelegate.cpp
    viewer/thumbnailloader.h viewer/thumbnailloader.cpp
    viewer/captionhighlighter.h viewer/captionhighlighter.cpp
    viewer/videodraglabel.h viewer/videodraglabel.cpp
    viewer/packformat.h viewer/packformat.cpp
    viewer/sendtotiktokdialog.h viewer/sendtotiktokdialog.cpp
)
