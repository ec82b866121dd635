#include "metadatavalidator.h"

#include "timestamp.h"

#include <QRegularExpression>
#include <QSet>
#include <QUuid>

namespace recdesk {

bool MetadataValidator::isInteractionDate(const QString &text)
{
    // The forms the service lists: date only; UTC date-time with or without fraction and Z;
    // date-time with an offset. Timestamp::parse then checks the calendar (no 31 February).
    static const QRegularExpression form(
        QStringLiteral(R"(^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})?)?$)"));
    if (!form.match(text).hasMatch())
        return false;
    Timestamp t;
    return Timestamp::parse(text, &t) == Timestamp::ParseResult::Ok;
}

bool MetadataValidator::isPlausibleEmail(const QString &text)
{
    static const QRegularExpression form(QStringLiteral(R"(^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$)"));
    return text.size() <= 254 && form.match(text).hasMatch();
}

bool MetadataValidator::isPlausiblePhone(const QString &text)
{
    static const QRegularExpression form(QStringLiteral(R"(^\+?[0-9 ().\-]{3,32}$)"));
    int digits = 0;
    for (QChar c : text)
        digits += c.isDigit() ? 1 : 0;
    return digits >= 3 && form.match(text).hasMatch();
}

QList<MetadataProblem> MetadataValidator::validate(const AnalyticsMetadata &m, const QString &uploadFileName,
                                                   std::int64_t uploadSize)
{
    QList<MetadataProblem> problems;
    auto add = [&problems](const char *field, const QString &message) {
        problems.append({QLatin1String(field), message});
    };

    if (m.fileName.trimmed().isEmpty()) {
        add("FileName",
            tr("File name is required: give the name the interaction should have, e.g. call-0001.wav."));
    } else {
        const QStringList segments = m.fileName.split(QLatin1Char('/'));
        bool badPath = m.fileName.contains(QLatin1Char('\\'));
        for (const QString &segment : segments)
            badPath = badPath || segment.isEmpty() || segment == QLatin1String(".") ||
                      segment == QLatin1String("..");
        if (badPath)
            add("FileName",
                tr("File name \"%1\" is not a valid path: use folder/name.ext with forward slashes, "
                   "no empty, \".\" or \"..\" parts.")
                    .arg(m.fileName));
    }

    const QString ext = fileExtension(m.fileName);
    static const QString audioExtensions = QStringLiteral(".wav, .mp3, .mp4, .ogg, .opus, .m4a");
    static const QString chatExtensions = QStringLiteral(".tar, .zip");
    if (m.uploadType.isEmpty() && !m.fileName.trimmed().isEmpty() &&
        uploadTypeForFileName(m.fileName).isEmpty()) {
        // The type follows the extension (the app and recdeskctl derive it): with an extension
        // neither type allows, asking for a type would send the user to a choice they cannot make.
        add("FileName", tr("The extension \"%1\" is not allowed: use one of %2 (Audio) or %3 (Chat).")
                            .arg(ext.isEmpty() ? tr("(none)") : ext, audioExtensions, chatExtensions));
    } else if (m.uploadType.isEmpty()) {
        add("UploadType", tr("Upload type is required: choose Audio or Chat."));
    } else if (m.uploadType != QLatin1String("Audio") && m.uploadType != QLatin1String("Chat")) {
        add("UploadType", tr("Upload type \"%1\" is not known: choose Audio or Chat.").arg(m.uploadType));
    } else if (!m.fileName.isEmpty()) {
        const QString allowedType = uploadTypeForFileName(m.fileName);
        if (allowedType != m.uploadType) {
            const QString allowed = m.uploadType == QLatin1String("Audio") ? audioExtensions : chatExtensions;
            add("FileName", tr("The extension \"%1\" is not allowed for %2 uploads: use one of %3.")
                                .arg(ext.isEmpty() ? tr("(none)") : ext, m.uploadType, allowed));
        }
    }

    if (!uploadFileName.isEmpty() && !m.fileName.isEmpty() && fileExtension(uploadFileName) != ext)
        add("FileName",
            tr("The file name's extension (%1) must match the uploaded file's (%2).")
                .arg(ext.isEmpty() ? tr("none") : ext,
                     fileExtension(uploadFileName).isEmpty() ? tr("none") : fileExtension(uploadFileName)));

    if (uploadSize > kMaxUploadBytes)
        add("file", tr("The file is larger than the 2.5 GB the analytics service accepts."));

    if (m.localeId && *m.localeId != AnalyticsMetadata::kEnglish &&
        *m.localeId != AnalyticsMetadata::kSpanish)
        add("LocaleId",
            tr("Locale %1 is not supported: use 1033 (English) or 2058 (Spanish).").arg(*m.localeId));

    if (!m.interactionDate.isEmpty() && !isInteractionDate(m.interactionDate))
        add("InteractionDate", tr("Interaction date \"%1\" is not an ISO 8601 date: use 2022-03-19, "
                                  "2022-03-18T21:52:26Z or 2022-03-18T17:56:09-04:00.")
                                   .arg(m.interactionDate));

    if (!m.callDirection.isEmpty() && m.callDirection != QLatin1String("Inbound") &&
        m.callDirection != QLatin1String("Outbound"))
        add("CallDirection",
            tr("Call direction \"%1\" is not known: use Inbound or Outbound.").arg(m.callDirection));

    if (!m.hierarchyId.isEmpty() && QUuid::fromString(m.hierarchyId).isNull())
        add("HierarchyId",
            tr("Hierarchy id \"%1\" is not a UUID (like 00000000-0000-0000-0000-000000000002).")
                .arg(m.hierarchyId));

    if (!m.email.isEmpty() && !isPlausibleEmail(m.email))
        add("Email", tr("E-mail \"%1\" does not look like an address (name@example.com).").arg(m.email));

    if (!m.phone.isEmpty() && !isPlausiblePhone(m.phone))
        add("Phone", tr("Phone \"%1\" does not look like a phone number: use digits, spaces, +, -, ( and ).")
                         .arg(m.phone));

    QSet<QString> keys;
    for (const auto &kv : m.extendedValues) {
        if (kv.first.trimmed().isEmpty())
            add("ExtendedMetadataValues", tr("Every extra value needs a key."));
        else if (keys.contains(kv.first))
            add("ExtendedMetadataValues", tr("The extra key \"%1\" is used twice.").arg(kv.first));
        keys.insert(kv.first);
    }
    return problems;
}

} // namespace recdesk
