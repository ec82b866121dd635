target_sources(recdesk_core PRIVATE
    models/pagesource.h
    models/pagedtablemodel.h models/pagedtablemodel.cpp
    models/pagedrowmodel.h
    models/rowcompare.h
    models/filterbounds.h
    models/recordingpagescanner.h models/recordingpagescanner.cpp
    models/recordingtablemodel.h models/recordingtablemodel.cpp
    models/filetablemodel.h models/filetablemodel.cpp
    models/recordingfilterproxy.h models/recordingfilterproxy.cpp
    models/filefilterproxy.h models/filefilterproxy.cpp
)
