// libFuzzer target for the domain decoders: any bytes, as any answer the client decodes.
// Build with the "fuzz" preset (clang); run e.g. build/fuzz/tests/fuzz/fuzz_decoders -max_total_time=60
#include "domain/agent.h"
#include "domain/analyticsmetadata.h"
#include "domain/analyticsresponses.h"
#include "domain/assistantresponses.h"
#include "domain/call.h"
#include "domain/conference.h"
#include "domain/metadatavalidator.h"
#include "domain/page.h"
#include "domain/pagecursor.h"
#include "domain/platformauth.h"
#include "domain/platformerror.h"
#include "domain/platformfile.h"
#include "domain/recording.h"
#include "domain/safetext.h"
#include "transfer/filenamesanitizer.h"

#include <cstddef>
#include <cstdint>
#include <QJsonDocument>

using namespace recdesk;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    DecodeProblems problems;
    const auto files = decodePage<PlatformFile>(bytes, QStringLiteral("files"), &problems);
    const auto recordings = decodePage<Recording>(bytes, QStringLiteral("recordings"), &problems);
    for (const auto &f : files.items)
        (void)f.toJson();
    for (const auto &r : recordings.items)
        (void)r.durationMs();
    // Who and what: a call (its parties by direction), a conference, an agent's name split.
    for (const auto &c : decodePage<Call>(bytes, QStringLiteral("calls"), &problems).items)
        (void)c.customer().number();
    const QJsonObject item = QJsonDocument::fromJson(bytes).object();
    (void)Conference::fromJson(item, &problems);
    const Agent agent = Agent::fromJson(item, &problems);
    (void)agent.firstName();
    (void)agent.lastName();
    (void)PlatformError::fromBody(bytes);
    (void)AssistantError::fromBody(bytes);
    (void)AssistantFile::fromJson(bytes, &problems);
    (void)AnalyticsToken::fromJson(bytes, &problems);
    (void)AnalyticsUploadResult::fromJson(bytes, &problems);
    (void)PlatformLogin::fromJson(bytes, &problems);
    const QJsonObject object = QJsonDocument::fromJson(bytes).object();
    const AnalyticsMetadata metadata = AnalyticsMetadata::fromJson(object, &problems);
    (void)MetadataValidator::validate(metadata, metadata.fileName, qint64(size));
    Timestamp t;
    (void)Timestamp::parse(QString::fromUtf8(bytes.left(64)), &t);
    (void)t.toPlatformString();
    // What is shown or saved of server text: names made safe, a listing's page cursors.
    const QString text = QString::fromUtf8(bytes);
    (void)safeText(text);
    (void)safeText(text, true);
    (void)FileNameSanitizer::sanitize(text);
    PageCursor cursor;
    for (const QByteArray &token : bytes.split('\n'))
        (void)cursor.advance(QString::fromUtf8(token));
    return 0;
}
