#include "domain/analyticsmetadata.h"
#include "domain/analyticsresponses.h"
#include "domain/assistantresponses.h"
#include "domain/page.h"
#include "domain/platformauth.h"
#include "domain/platformerror.h"
#include "domain/platformfile.h"
#include "domain/recording.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace recdesk;

namespace {
QByteArray readData(const char *name)
{
    QFile f(QStringLiteral(RECDESK_TEST_DATA "/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", name);
    return f.readAll();
}

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

Timestamp ts(const char *text)
{
    Timestamp t;
    if (Timestamp::parse(QString::fromLatin1(text), &t) != Timestamp::ParseResult::Ok)
        qFatal("bad test timestamp %s", text);
    return t;
}

QUuid uuid(const char *text)
{
    return QUuid::fromString(QLatin1String(text));
}
} // namespace

class TestDecoders : public QObject
{
    Q_OBJECT
private slots:
    void seed000FileEveryField();
    void seed003AssistantFileEveryField();
    void recordingDocumentedForm();
    void recordingLiveFormWithMissingKeys();
    void recordingOlderEmptyDelete();
    void fileLiveVariantFields();
    void enumsEveryValue_data();
    void enumsEveryValue();
    void wrongTypesAreReportedNotFatal();
    void unknownFieldsIgnored();
    void pageEnvelope();
    void pageWithBadItems();
    void pageEndRule();
    void pageEndRuleCountsUnreadableRows();
    void platformErrorEnvelope();
    void platformErrorEmptyOrForeignBody();
    void assistantError();
    void analyticsTokenAndUpload();
    void platformLogin();
    void fileJsonRoundTrip();
    void metadataEncodesOnlySetFields();
    void metadataFromJsonAcceptsDeprecatedArray();
};

void TestDecoders::seed000FileEveryField()
{
    DecodeProblems problems;
    const PlatformFile f =
        PlatformFile::fromJson(QJsonDocument::fromJson(readData("seed000-file.json")).object(), &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.summary()));
    QCOMPARE(f.id, uuid("0c0c305c-7a55-4395-85a8-ae4860f01393"));
    QCOMPARE(f.customerId, uuid("5e4a0680-804e-11ec-8477-2fea5968d85b"));
    QCOMPARE(f.ownerId, uuid("62005165-7592-4ff7-9076-55bf491023f2"));
    QCOMPARE(f.referenceType, FileReferenceType::None); // "" means none
    QVERIFY(f.referenceId.isNull());
    QCOMPARE(f.name, QString());
    QCOMPARE(f.detail, QString());
    QCOMPARE(f.filename, QStringLiteral("Screenshot from 2024-05-26 21-58-51.png"));
    QCOMPARE(f.filesize, std::int64_t(110881));
    QCOMPARE(f.downloadUrl, QStringLiteral("https://example.com/storage_url"));
    QCOMPARE(f.downloadExpires, ts("2034-05-25 07:55:16.115684"));
    QCOMPARE(f.created, ts("2024-05-27 07:55:16.515315"));
    QVERIFY(!f.updated.hasHappened());
    QVERIFY(!f.deleted.hasHappened());
    QVERIFY(!f.isDeleted());
    QCOMPARE(f.ownerType, OwnerType::None);
    QCOMPARE(f.type, FileType::None);
    QVERIFY(f.downloadUrlIsFresh(ts("2030-01-01 00:00:00.000000")));
    QVERIFY(!f.downloadUrlIsFresh(ts("2034-05-25 07:55:00.000000"))); // inside the 30 s margin
}

void TestDecoders::seed003AssistantFileEveryField()
{
    DecodeProblems problems;
    const AssistantFile f = AssistantFile::fromJson(readData("seed003-assistant-file.json"), &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.summary()));
    QCOMPARE(f.id, QStringLiteral("a1b2c3d4-5678-90ab-cdef-1234567890ab"));
    QCOMPARE(f.name, QStringLiteral("product-photo.png"));
    QCOMPARE(f.size, std::int64_t(204800));
    QCOMPARE(f.extension, QStringLiteral("png"));
    QCOMPARE(f.mimeType, QStringLiteral("image/png"));
    QCOMPARE(f.createdBy, QStringLiteral("f1e2d3c4-b5a6-7890-abcd-ef1234567890"));
    QCOMPARE(f.createdAt, std::int64_t(1705407629));
    QVERIFY(!f.previewUrl.has_value());
    QVERIFY(!f.sourceUrl.has_value());
    QVERIFY(!f.originalUrl.has_value());
    QCOMPARE(f.userId.value_or(QString()), QStringLiteral("f1e2d3c4-b5a6-7890-abcd-ef1234567890"));
    QCOMPARE(f.tenantId.value_or(QString()), QStringLiteral("11223344-5566-7788-99aa-bbccddeeff00"));
    QVERIFY(!f.conversationId.has_value());
    QCOMPARE(f.fileKey.value_or(QString()), QStringLiteral("uploads/product-photo.png"));

    // Older servers: everything after created_at missing.
    DecodeProblems older;
    const AssistantFile o = AssistantFile::fromJson(
        R"({"id":"x1","name":"a.wav","size":3,"extension":"wav","mime_type":"audio/wav","created_by":"u","created_at":1})",
        &older);
    QVERIFY(older.isEmpty());
    QVERIFY(!o.fileKey.has_value());
    QVERIFY(!o.userId.has_value());
}

void TestDecoders::recordingDocumentedForm()
{
    DecodeProblems problems;
    const Recording r = Recording::fromJson(object(R"({
        "id": "e5f6a7b8-c9d0-1234-5678-90abcdef0123",
        "customer_id": "7c4d2f3a-1b8e-4f5c-9a6d-3e2f1a0b4c5d",
        "owner_type": "agent",
        "owner_id": "c2d3e4f5-a6b7-8901-2cde-f01234567890",
        "activeflow_id": "d4e5f6a7-b8c9-0123-4567-890abcdef012",
        "reference_type": "call",
        "reference_id": "f6a7b8c9-d0e1-2345-6789-0abcdef01234",
        "status": "ended",
        "format": "wav",
        "on_end_flow_id": "00000000-0000-0000-0000-000000000000",
        "tm_start": "2024-05-27 07:55:16.000000",
        "tm_end": "2024-05-27 07:57:46.250000",
        "tm_create": "2024-05-27 07:55:15.900000",
        "tm_update": "2024-05-27 07:57:47.000000",
        "tm_delete": "9999-01-01 00:00:00.000000"})"),
                                            &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.summary()));
    QCOMPARE(r.id, uuid("e5f6a7b8-c9d0-1234-5678-90abcdef0123"));
    QCOMPARE(r.customerId, uuid("7c4d2f3a-1b8e-4f5c-9a6d-3e2f1a0b4c5d"));
    QCOMPARE(r.ownerType, OwnerType::Agent);
    QCOMPARE(r.ownerId, uuid("c2d3e4f5-a6b7-8901-2cde-f01234567890"));
    QCOMPARE(r.activeflowId, uuid("d4e5f6a7-b8c9-0123-4567-890abcdef012"));
    QCOMPARE(r.referenceType, RecordingReferenceType::Call);
    QCOMPARE(r.referenceId, uuid("f6a7b8c9-d0e1-2345-6789-0abcdef01234"));
    QCOMPARE(r.status, RecordingStatus::Ended);
    QCOMPARE(r.format, RecordingFormat::Wav);
    QVERIFY(r.onEndFlowId.isNull());
    QCOMPARE(r.started, ts("2024-05-27 07:55:16.000000"));
    QCOMPARE(r.ended, ts("2024-05-27 07:57:46.250000"));
    QCOMPARE(r.created, ts("2024-05-27 07:55:15.900000"));
    QCOMPARE(r.updated, ts("2024-05-27 07:57:47.000000"));
    QVERIFY(!r.deleted.hasHappened());
    QCOMPARE(r.durationMs(), std::int64_t(150250));
    QVERIFY(r.isPlayable());
}

void TestDecoders::recordingLiveFormWithMissingKeys()
{
    DecodeProblems problems;
    const Recording r = Recording::fromJson(object(R"({
        "id": "e5f6a7b8-c9d0-1234-5678-90abcdef0123",
        "customer_id": "7c4d2f3a-1b8e-4f5c-9a6d-3e2f1a0b4c5d",
        "owner_type": "",
        "owner_id": "00000000-0000-0000-0000-000000000000",
        "status": "recording",
        "tm_start": "2026-01-15T09:30:00.123456Z",
        "tm_end": null,
        "tm_create": "2026-01-15T09:29:59Z"})"),
                                            &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.summary()));
    QCOMPARE(r.status, RecordingStatus::Recording);
    QCOMPARE(r.referenceType, RecordingReferenceType::Unknown);
    QCOMPARE(r.format, RecordingFormat::Wav); // missing: the only format there is
    QCOMPARE(r.started, ts("2026-01-15T09:30:00.123456Z"));
    QVERIFY(!r.ended.hasHappened());
    QVERIFY(!r.updated.hasHappened());
    QVERIFY(!r.deleted.hasHappened());
    QCOMPARE(r.durationMs(), std::int64_t(-1));
    QVERIFY(!r.isPlayable());
}

void TestDecoders::recordingOlderEmptyDelete()
{
    DecodeProblems problems;
    const Recording r = Recording::fromJson(
        object(
            R"({"id":"e5f6a7b8-c9d0-1234-5678-90abcdef0123","status":"stopping","reference_type":"confbridge","tm_delete":""})"),
        &problems);
    QVERIFY(problems.isEmpty());
    QVERIFY(!r.deleted.hasHappened());
    QCOMPARE(r.referenceType, RecordingReferenceType::Confbridge);
    QCOMPARE(r.status, RecordingStatus::Stopping);
}

void TestDecoders::fileLiveVariantFields()
{
    DecodeProblems problems;
    const PlatformFile f = PlatformFile::fromJson(object(R"({
        "id": "550e8400-e29b-41d4-a716-446655440000", "owner_type": "agent", "type": "rag",
        "reference_type": "normal", "filesize": 5242880, "filename": "550e8400.wav",
        "tm_create": "2026-01-15T09:30:00.000000Z", "tm_delete": null})"),
                                                  &problems);
    QVERIFY(problems.isEmpty());
    QCOMPARE(f.ownerType, OwnerType::Agent);
    QCOMPARE(f.type, FileType::Rag);
    QCOMPARE(f.referenceType, FileReferenceType::Normal);
    QCOMPARE(displayName(f.referenceType), displayName(FileReferenceType::None));
    QVERIFY(!f.deleted.hasHappened());
    QVERIFY(!f.downloadUrlIsFresh(Timestamp::now())); // no URL at all
}

void TestDecoders::enumsEveryValue_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("wire");
    QTest::addColumn<int>("value");
    QTest::addColumn<bool>("roundTrips");
    QTest::newRow("file ref none") << "fileref"
                                   << "none" << int(FileReferenceType::None) << true;
    QTest::newRow("file ref empty") << "fileref"
                                    << "" << int(FileReferenceType::None) << false;
    QTest::newRow("file ref recording") << "fileref"
                                        << "recording" << int(FileReferenceType::Recording) << true;
    QTest::newRow("file ref normal") << "fileref"
                                     << "normal" << int(FileReferenceType::Normal) << true;
    QTest::newRow("file ref other") << "fileref"
                                    << "chat" << int(FileReferenceType::Unknown) << false;
    QTest::newRow("rec ref call") << "recref"
                                  << "call" << int(RecordingReferenceType::Call) << true;
    QTest::newRow("rec ref confbridge") << "recref"
                                        << "confbridge" << int(RecordingReferenceType::Confbridge) << true;
    QTest::newRow("rec ref other") << "recref"
                                   << "Call" << int(RecordingReferenceType::Unknown) << false;
    QTest::newRow("status initiating") << "status"
                                       << "initiating" << int(RecordingStatus::Initiating) << true;
    QTest::newRow("status recording") << "status"
                                      << "recording" << int(RecordingStatus::Recording) << true;
    QTest::newRow("status stopping") << "status"
                                     << "stopping" << int(RecordingStatus::Stopping) << true;
    QTest::newRow("status ended") << "status"
                                  << "ended" << int(RecordingStatus::Ended) << true;
    QTest::newRow("status other") << "status"
                                  << "paused" << int(RecordingStatus::Unknown) << false;
    QTest::newRow("format wav") << "format"
                                << "wav" << int(RecordingFormat::Wav) << true;
    QTest::newRow("format WAV") << "format"
                                << "WAV" << int(RecordingFormat::Wav) << false;
    QTest::newRow("format mp3") << "format"
                                << "mp3" << int(RecordingFormat::Unknown) << false;
    QTest::newRow("owner agent") << "owner"
                                 << "agent" << int(OwnerType::Agent) << true;
    QTest::newRow("owner none") << "owner"
                                << "" << int(OwnerType::None) << true;
    QTest::newRow("owner other") << "owner"
                                 << "call" << int(OwnerType::Unknown) << false;
    QTest::newRow("type none") << "type"
                               << "" << int(FileType::None) << true;
    QTest::newRow("type rag") << "type"
                              << "rag" << int(FileType::Rag) << true;
    QTest::newRow("type talk") << "type"
                               << "talk" << int(FileType::Talk) << true;
    QTest::newRow("type recording") << "type"
                                    << "recording" << int(FileType::Recording) << true;
    QTest::newRow("type other") << "type"
                                << "x" << int(FileType::Unknown) << false;
}

void TestDecoders::enumsEveryValue()
{
    QFETCH(QString, kind);
    QFETCH(QString, wire);
    QFETCH(int, value);
    QFETCH(bool, roundTrips);
    int decoded = -1;
    QString back, words;
    if (kind == QLatin1String("fileref")) {
        const auto v = fileReferenceTypeFromWire(wire);
        decoded = int(v), back = toWire(v), words = displayName(v);
    } else if (kind == QLatin1String("recref")) {
        const auto v = recordingReferenceTypeFromWire(wire);
        decoded = int(v), back = toWire(v), words = displayName(v);
    } else if (kind == QLatin1String("status")) {
        const auto v = recordingStatusFromWire(wire);
        decoded = int(v), back = toWire(v), words = displayName(v);
    } else if (kind == QLatin1String("format")) {
        const auto v = recordingFormatFromWire(wire);
        decoded = int(v), back = toWire(v), words = displayName(v);
    } else if (kind == QLatin1String("owner")) {
        const auto v = ownerTypeFromWire(wire);
        decoded = int(v), back = toWire(v), words = displayName(v);
    } else if (kind == QLatin1String("type")) {
        const auto v = fileTypeFromWire(wire);
        decoded = int(v), back = toWire(v), words = displayName(v);
    }
    QCOMPARE(decoded, value);
    if (roundTrips)
        QCOMPARE(back, wire);
    QVERIFY2(!words.isEmpty(), "every value has words for people");
    QVERIFY2(words != wire || wire.isEmpty() || words.at(0).isUpper(), "words, not wire names");
}

void TestDecoders::wrongTypesAreReportedNotFatal()
{
    DecodeProblems problems;
    const PlatformFile f = PlatformFile::fromJson(object(R"({
        "id": "0c0c305c-7a55-4395-85a8-ae4860f01393", "filesize": "big", "name": 42,
        "tm_create": 17, "owner_id": "not-a-uuid", "reference_id": {}, "filename": "ok.wav"})"),
                                                  &problems);
    QCOMPARE(f.filename, QStringLiteral("ok.wav"));
    QCOMPARE(f.filesize, std::int64_t(0));
    QCOMPARE(f.name, QString());
    QVERIFY(!f.created.hasHappened());
    QCOMPARE(problems.messages.size(), 5);
    QVERIFY(problems.summary().contains(QLatin1String("\"filesize\"")));
    QVERIFY(problems.summary().contains(QLatin1String("\"owner_id\" is not a valid UUID")));
    QVERIFY(problems.summary().contains(
        QLatin1String("\"tm_create\" should be a timestamp string but is a number")));

    DecodeProblems negative;
    const PlatformFile n = PlatformFile::fromJson(
        object(
            R"({"id":"0c0c305c-7a55-4395-85a8-ae4860f01393","filesize":-5,"tm_create":"2024-13-01 00:00:00"})"),
        &negative);
    QCOMPARE(n.filesize, std::int64_t(0));
    QCOMPARE(negative.messages.size(), 2);
}

void TestDecoders::unknownFieldsIgnored()
{
    DecodeProblems problems;
    const Recording r = Recording::fromJson(
        object(
            R"({"id":"e5f6a7b8-c9d0-1234-5678-90abcdef0123","status":"ended","new_field":[1,2,{"x":null}],"x":{"y":1}})"),
        &problems);
    QVERIFY(problems.isEmpty());
    QCOMPARE(r.status, RecordingStatus::Ended);
}

void TestDecoders::pageEnvelope()
{
    DecodeProblems problems;
    const auto page = decodePage<Recording>(R"({"result":[
        {"id":"e5f6a7b8-c9d0-1234-5678-90abcdef0123","status":"ended","tm_create":"2024-05-27 07:55:16.000002"},
        {"id":"e5f6a7b8-c9d0-1234-5678-90abcdef0124","status":"initiating","tm_create":"2024-05-27 07:55:16.000001"}],
        "next_page_token":"2024-05-27 07:55:16.000001"})",
                                            QStringLiteral("recordings"), &problems);
    QVERIFY(problems.isEmpty());
    QCOMPARE(page.items.size(), 2);
    QCOMPARE(page.items.at(1).status, RecordingStatus::Initiating);
    QCOMPARE(page.nextPageToken, QStringLiteral("2024-05-27 07:55:16.000001"));
    QCOMPARE(page.skipped, 0);

    DecodeProblems emptyProblems;
    const auto empty = decodePage<PlatformFile>(R"({"result":[],"next_page_token":""})",
                                                QStringLiteral("files"), &emptyProblems);
    QVERIFY(emptyProblems.isEmpty());
    QVERIFY(empty.items.isEmpty());
    QVERIFY(empty.isLast(100));
}

void TestDecoders::pageWithBadItems()
{
    DecodeProblems problems;
    const auto page = decodePage<PlatformFile>(
        R"({"result":[1,"x",{"filename":"no id"},{"id":"0c0c305c-7a55-4395-85a8-ae4860f01393"}],"next_page_token":"t"})",
        QStringLiteral("files"), &problems);
    QCOMPARE(page.items.size(), 1);
    QCOMPARE(page.skipped, 3);
    QCOMPARE(problems.messages.size(), 3);

    for (const char *bad : {"", "[]", "{\"result\": 5}", "{\"result\": {}}", "nul", "{\"result\":[{]}"}) {
        DecodeProblems p;
        const auto broken = decodePage<Recording>(QByteArray(bad), QStringLiteral("recordings"), &p);
        QVERIFY2(!p.isEmpty(), bad);
        QVERIFY(broken.items.isEmpty());
    }
    DecodeProblems nullResult;
    QVERIFY(decodePage<Recording>(R"({"result":null})", QStringLiteral("r"), &nullResult).items.isEmpty());
    QVERIFY(nullResult.isEmpty());
}

void TestDecoders::pageEndRule()
{
    Page<Recording> page;
    page.nextPageToken = QStringLiteral("t");
    QVERIFY(page.isLast(100)); // empty
    page.items.resize(100);
    QVERIFY(!page.isLast(100));
    QVERIFY(page.isLast(101)); // shorter than asked
    page.nextPageToken.clear();
    QVERIFY(page.isLast(100)); // no token to continue from
}

void TestDecoders::pageEndRuleCountsUnreadableRows()
{
    // The server sent as many rows as asked for, one of them unreadable: the list goes on.
    Page<Recording> page;
    page.nextPageToken = QStringLiteral("t");
    page.items.resize(99);
    page.skipped = 1;
    QCOMPARE(page.received(), 100);
    QVERIFY(!page.isLast(100));
    QVERIFY(!isLastPage(page.received(), 100, page.nextPageToken));
    page.items.resize(98); // 99 rows in all: shorter than asked, so the end
    QVERIFY(page.isLast(100));

    // The same through the decoder: three rows asked for, three sent, one without an id.
    DecodeProblems problems;
    const auto decoded = decodePage<PlatformFile>(
        R"({"result":[{"id":"0c0c305c-7a55-4395-85a8-ae4860f01393"},{"filename":"no id"},)"
        R"({"id":"1d1d305c-7a55-4395-85a8-ae4860f01394"}],"next_page_token":"t"})",
        QStringLiteral("files"), &problems);
    QCOMPARE(decoded.items.size(), 2);
    QCOMPARE(decoded.skipped, 1);
    QVERIFY(!decoded.isLast(3));
    QVERIFY(decoded.isLast(4));
}

void TestDecoders::platformErrorEnvelope()
{
    const PlatformError e = PlatformError::fromBody(
        R"({"error":{"status":"NOT_FOUND","reason":"FILE_NOT_FOUND","message":"The file was not found.","request_id":"req_1"}})",
        QStringLiteral("req_header"));
    QCOMPARE(e.status, QStringLiteral("NOT_FOUND"));
    QCOMPARE(e.reason, QStringLiteral("FILE_NOT_FOUND"));
    QCOMPARE(e.message, QStringLiteral("The file was not found."));
    QCOMPARE(e.requestId, QStringLiteral("req_1"));
    QCOMPARE(PlatformError::httpStatusFor(e.status), 404);
    QCOMPARE(PlatformError::httpStatusFor(QStringLiteral("RESOURCE_EXHAUSTED")), 429);
    QCOMPARE(PlatformError::httpStatusFor(QStringLiteral("ALREADY_EXISTS")), 409);
    QCOMPARE(PlatformError::httpStatusFor(QStringLiteral("FAILED_PRECONDITION")), 409);
    QCOMPARE(PlatformError::httpStatusFor(QStringLiteral("UNAVAILABLE")), 503);
    QCOMPARE(PlatformError::httpStatusFor(QStringLiteral("NOPE")), 0);
}

void TestDecoders::platformErrorEmptyOrForeignBody()
{
    for (const char *body :
         {"", "<html>502</html>", "{\"error\":\"x\"}", "[1]", "{\"error\":{\"status\":7}}"}) {
        const PlatformError e = PlatformError::fromBody(QByteArray(body), QStringLiteral("hdr"));
        QVERIFY2(e.isEmpty(), body);
        QCOMPARE(e.requestId, QStringLiteral("hdr"));
    }
}

void TestDecoders::assistantError()
{
    const AssistantError e =
        AssistantError::fromBody(R"({"code":"file_too_large","message":"File size exceeded.","status":413})");
    QCOMPARE(e.code, QStringLiteral("file_too_large"));
    QCOMPARE(e.status, 413);
    QVERIFY(AssistantError::fromBody("not json").isEmpty());
}

void TestDecoders::analyticsTokenAndUpload()
{
    DecodeProblems problems;
    const AnalyticsToken t = AnalyticsToken::fromJson(
        R"({"access_token":"abc","token_type":"Bearer","expires_in":3600,"scope":"acxapi"})", &problems);
    QVERIFY(problems.isEmpty());
    QCOMPARE(t.accessToken, QStringLiteral("abc"));
    QCOMPARE(t.expiresInSeconds, std::int64_t(3600));
    QCOMPARE(t.scope, QStringLiteral("acxapi"));
    const QByteArray form = AnalyticsToken::requestBody(QStringLiteral("id&1"), QStringLiteral("s=cret+"));
    QVERIFY(form.contains("client_id=id%261"));
    QVERIFY(form.contains("client_secret=s%3Dcret%2B"));
    QVERIFY(form.contains("grant_type=client_credentials"));
    QVERIFY(form.contains("scope=acxapi"));

    DecodeProblems bad;
    AnalyticsToken::fromJson(R"({"error":"invalid_client"})", &bad);
    QVERIFY(!bad.isEmpty());

    DecodeProblems up;
    const AnalyticsUploadResult u = AnalyticsUploadResult::fromJson(
        R"({"Id":"3fa85f64-5717-4562-b3fc-2c963f66afa6","FileName":"top/a.wav","FileSizeKb":12})", &up);
    QVERIFY(up.isEmpty());
    QCOMPARE(u.id, uuid("3fa85f64-5717-4562-b3fc-2c963f66afa6"));
    QCOMPARE(u.fileName, QStringLiteral("top/a.wav"));
    QCOMPARE(u.fileSizeKb, std::int64_t(12));
}

void TestDecoders::platformLogin()
{
    const QByteArray body = PlatformLogin::requestBody(QStringLiteral("ana"), QStringLiteral("p\"w"));
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    QCOMPARE(o.value(QLatin1String("username")).toString(), QStringLiteral("ana"));
    QCOMPARE(o.value(QLatin1String("password")).toString(), QStringLiteral("p\"w"));
    DecodeProblems problems;
    const PlatformLogin login = PlatformLogin::fromJson(R"({"username":"ana","token":"eyJ.x.y"})", &problems);
    QVERIFY(problems.isEmpty());
    QCOMPARE(login.token, QStringLiteral("eyJ.x.y"));
    DecodeProblems empty;
    PlatformLogin::fromJson("", &empty);
    QVERIFY(!empty.isEmpty());
}

void TestDecoders::fileJsonRoundTrip()
{
    DecodeProblems problems;
    const PlatformFile f =
        PlatformFile::fromJson(QJsonDocument::fromJson(readData("seed000-file.json")).object(), &problems);
    DecodeProblems again;
    const PlatformFile g = PlatformFile::fromJson(f.toJson(), &again);
    QVERIFY(again.isEmpty());
    QCOMPARE(g.id, f.id);
    QCOMPARE(g.created, f.created);
    QCOMPARE(g.downloadExpires, f.downloadExpires);
    QCOMPARE(g.filesize, f.filesize);
    QCOMPARE(g.filename, f.filename);
    QCOMPARE(f.toJson().value(QLatin1String("tm_delete")).toString(),
             QStringLiteral("9999-01-01 00:00:00.000000"));
}

void TestDecoders::metadataEncodesOnlySetFields()
{
    AnalyticsMetadata m;
    m.fileName = QStringLiteral("top/sub/call.wav");
    m.uploadType = QStringLiteral("Audio");
    m.extendedValues = {{QStringLiteral("Queue"), QStringLiteral("Billing")}};
    m.applyHierarchyToAgent = false;
    const QJsonObject o = m.toJson();
    QCOMPARE(o.value(QLatin1String("FileName")).toString(), m.fileName);
    QCOMPARE(o.value(QLatin1String("UploadType")).toString(), QStringLiteral("Audio"));
    QCOMPARE(o.value(QLatin1String("LocaleId")).toInt(), 1033); // the default, sent explicitly
    QCOMPARE(o.value(QLatin1String("ApplyHierarchyToAgent")).toBool(true), false);
    QCOMPARE(
        o.value(QLatin1String("ExtendedMetadataValues")).toObject().value(QLatin1String("Queue")).toString(),
        QStringLiteral("Billing"));
    QVERIFY(!o.contains(QLatin1String("Email")));
    QVERIFY(!o.contains(QLatin1String("CallDirection")));
    QCOMPARE(o.size(), 5);
}

void TestDecoders::metadataFromJsonAcceptsDeprecatedArray()
{
    DecodeProblems problems;
    const AnalyticsMetadata m = AnalyticsMetadata::fromJson(object(R"({
        "FileName":"a.mp3","UploadType":"Audio","LocaleId":2058,"ApplyHierarchyToAgent":true,
        "ExtendedMetadataValues":{"A":"1"},
        "ExtendedMetadata":[{"Data":"Example Data"},{"Data2":"Example Data 2","ExampleKey":"Example Value"}]})"),
                                                            &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.summary()));
    QCOMPARE(m.effectiveLocaleId(), 2058);
    QCOMPARE(m.applyHierarchyToAgent.value_or(false), true);
    QCOMPARE(m.extendedValues.size(), 4);

    DecodeProblems wrong;
    AnalyticsMetadata::fromJson(
        object(R"({"FileName":7,"ExtendedMetadataValues":{"A":1},"ExtendedMetadata":"x"})"), &wrong);
    QCOMPARE(wrong.messages.size(), 3);
}

QTEST_GUILESS_MAIN(TestDecoders)
#include "tst_decoders.moc"
