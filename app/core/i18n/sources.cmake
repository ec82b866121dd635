target_sources(recdesk_core PRIVATE
    i18n/translations.h i18n/translations.cpp
)
