target_sources(recdesk_core PRIVATE
    domain/timestamp.h domain/timestamp.cpp
    domain/jsonreader.h domain/jsonreader.cpp
    domain/enums.h domain/enums.cpp
    domain/platformfile.h domain/platformfile.cpp
    domain/recording.h domain/recording.cpp
    domain/page.h domain/page.cpp
    domain/pagecursor.h domain/pagecursor.cpp
    domain/safetext.h domain/safetext.cpp
    domain/platformerror.h domain/platformerror.cpp
    domain/platformauth.h domain/platformauth.cpp
    domain/analyticsmetadata.h domain/analyticsmetadata.cpp
    domain/metadatavalidator.h domain/metadatavalidator.cpp
    domain/analyticsresponses.h domain/analyticsresponses.cpp
    domain/assistantresponses.h domain/assistantresponses.cpp
)
