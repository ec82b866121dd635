target_sources(recdesk_core PRIVATE
    transfer/transferlogging.h transfer/transferlogging.cpp
    transfer/filenamesanitizer.h transfer/filenamesanitizer.cpp
    transfer/transferitem.h transfer/transferitem.cpp
    transfer/transferstore.h transfer/transferstore.cpp
    transfer/transferjob.h transfer/transferjob.cpp
    transfer/downloadjob.h transfer/downloadjob.cpp
    transfer/uploadjob.h transfer/uploadjob.cpp
    transfer/transferqueue.h transfer/transferqueue.cpp
    transfer/transfertablemodel.h transfer/transfertablemodel.cpp
)
