// Platform service (API.md section 1, documented form): authentication, files, recordings,
// errors and the fault knobs, black-box over loopback.
#include "sandboxtestutil.h"

#include <QElapsedTimer>
#include <QRegularExpression>

using namespace sandboxtest;

class TestSandboxPlatform : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_sandbox = std::make_unique<Sandbox>(60, 30);
        m_sandbox->options.maxBodyBytes = 256 * 1024;
        QVERIFY(m_sandbox->start());
    }
    void init()
    {
        m_sandbox->setFaults(m_nam, QJsonObject{{QStringLiteral("reset"), true}});
        m_sandbox->resetClock(m_nam);
    }
    void cleanupTestCase() { m_sandbox.reset(); }

    void loginGivesToken();
    void loginFailuresAreEmpty400();
    void credentialsAndPrecedence();
    void expiredTokenIs401();
    void clockRoute();
    void fileListItemsHaveContractFields();
    void getFileAndErrors();
    void fileRedirectIs307ToSignedUrl();
    void uploadRoundTripAndDelete();
    void uploadErrors_data();
    void uploadErrors();
    void oversizedUploadIs400AndLeavesNothing();
    void recordingsGetDeleteAndFilesGoToo();
    void recordingFileRedirect();
    void unknownRoutes();
    void failNextBursts();
    void latencyIsAdded();
    void signingNotConfigured();

private:
    QJsonObject firstItem(const QString &path)
    {
        const HttpResult r = send(m_nam, "GET", m_sandbox->platform(path, QStringLiteral("page_size=1")));
        return r.object().value(QStringLiteral("result")).toArray().at(0).toObject();
    }

    QNetworkAccessManager m_nam;
    std::unique_ptr<Sandbox> m_sandbox;
};

void TestSandboxPlatform::loginGivesToken()
{
    const auto c = m_sandbox->host()->credentials();
    const HttpResult r = send(m_nam, "POST", m_sandbox->url(QStringLiteral("/auth/login")),
                              {{"Content-Type", "application/json"}},
                              QJsonDocument(QJsonObject{{QStringLiteral("username"), c.username},
                                                        {QStringLiteral("password"), c.password}})
                                  .toJson());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QStringLiteral("username")).toString(), c.username);
    const QString token = r.object().value(QStringLiteral("token")).toString();
    QCOMPARE(token.count(QLatin1Char('.')), 2); // JWT-like
    const HttpResult list = send(m_nam, "GET", m_sandbox->url(QStringLiteral("/v1.0/files")),
                                 {{"Authorization", "Bearer " + token.toLatin1()}});
    QCOMPARE(list.status, 200);
    // Login is at the host root, not under /v1.0.
    QCOMPARE(send(m_nam, "POST", m_sandbox->url(QStringLiteral("/v1.0/auth/login")), {}, "{}").status, 401);
}

void TestSandboxPlatform::loginFailuresAreEmpty400()
{
    const QList<QByteArray> bodies = {R"({"username":"demo","password":"wrong"})", R"({"username":"nobody"})",
                                      "not json", "", R"(["demo","demo-password"])"};
    for (const QByteArray &body : bodies) {
        const HttpResult r = send(m_nam, "POST", m_sandbox->url(QStringLiteral("/auth/login")),
                                  {{"Content-Type", "application/json"}}, body);
        QCOMPARE(r.status, 400);
        QVERIFY2(r.body.isEmpty(), body.constData());
    }
}

void TestSandboxPlatform::credentialsAndPrecedence()
{
    const auto c = m_sandbox->host()->credentials();
    const QString token = m_sandbox->login(m_nam, c.username, c.password);
    QVERIFY(!token.isEmpty());
    auto get = [&](const QString &query, const Headers &headers) {
        return send(m_nam, "GET", m_sandbox->url(QStringLiteral("/v1.0/recordings?page_size=1") + query),
                    headers);
    };
    QCOMPARE(get(QString(), {}).status, 401);
    QCOMPARE(envelopeReason(get(QString(), {}), "UNAUTHENTICATED"),
             QStringLiteral("AUTHENTICATION_REQUIRED"));
    QCOMPARE(get(QStringLiteral("&token=") + token, {}).status, 200);
    QCOMPARE(get(QStringLiteral("&") + m_sandbox->accessKeyQuery(), {}).status, 200);
    QCOMPARE(get(QStringLiteral("&accesskey=wrong"), {}).status, 401);
    QCOMPARE(get(QString(), {{"Authorization", "Bearer garbage.token.here"}}).status, 401);
    // An access key sent as Bearer is a bad JWT.
    QCOMPARE(get(QString(), {{"Authorization", "Bearer " + c.accessKey.toLatin1()}}).status, 401);
    // The token cookie is honoured ahead of the header.
    QCOMPARE(
        get(QString(), {{"Authorization", "Bearer " + token.toLatin1()}, {"Cookie", "token=stale"}}).status,
        401);
    QCOMPARE(get(QString(), {{"Cookie", "token=" + token.toLatin1()}}).status, 200);
    // A tampered signature is refused.
    QString tampered = token;
    tampered[tampered.size() - 2] =
        tampered.at(tampered.size() - 2) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    QCOMPARE(get(QString(), {{"Authorization", "Bearer " + tampered.toLatin1()}}).status, 401);
}

void TestSandboxPlatform::expiredTokenIs401()
{
    QCOMPARE(m_sandbox->setFaults(m_nam, {{QStringLiteral("platformTokenLifetimeSec"), 60}}).status, 200);
    const auto c = m_sandbox->host()->credentials();
    const QString token = m_sandbox->login(m_nam, c.username, c.password);
    QVERIFY(!token.isEmpty());
    const QUrl files = m_sandbox->url(QStringLiteral("/v1.0/files"));
    const Headers bearer{{"Authorization", "Bearer " + token.toLatin1()}};
    // Good until its lifetime has passed on the sandbox clock, refused from then on.
    QCOMPARE(m_sandbox->advanceClock(m_nam, 50).status, 200);
    QCOMPARE(send(m_nam, "GET", files, bearer).status, 200);
    QCOMPARE(m_sandbox->advanceClock(m_nam, 11).status, 200);
    const HttpResult r = send(m_nam, "GET", files, bearer);
    QCOMPARE(r.status, 401);
    QCOMPARE(envelopeReason(r, "UNAUTHENTICATED"), QStringLiteral("AUTHENTICATION_REQUIRED"));
    QVERIFY(r.object()
                .value(QStringLiteral("error"))
                .toObject()
                .value(QStringLiteral("message"))
                .toString()
                .contains(QStringLiteral("expired")));
    // A token issued on the moved clock lives its full lifetime from there.
    const QString fresh = m_sandbox->login(m_nam, c.username, c.password);
    QCOMPARE(send(m_nam, "GET", files, {{"Authorization", "Bearer " + fresh.toLatin1()}}).status, 200);
}

void TestSandboxPlatform::clockRoute()
{
    const QUrl clockUrl = m_sandbox->url(QStringLiteral("/_sandbox/clock"));
    const auto nowUnix = [](const HttpResult &r) {
        return qint64(r.object().value(QStringLiteral("nowUnix")).toDouble());
    };
    const HttpResult start = send(m_nam, "GET", clockUrl);
    QCOMPARE(start.status, 200);
    QCOMPARE(start.object().value(QStringLiteral("offsetSeconds")).toDouble(), 0.0);
    QVERIFY(qAbs(nowUnix(start) - QDateTime::currentSecsSinceEpoch()) <= 2);
    QVERIFY(start.object().value(QStringLiteral("now")).toString().endsWith(QLatin1Char('Z')));

    const HttpResult advanced = m_sandbox->advanceClock(m_nam, 3600);
    QCOMPARE(advanced.status, 200);
    QCOMPARE(advanced.object().value(QStringLiteral("offsetSeconds")).toDouble(), 3600.0);
    QVERIFY(qAbs(nowUnix(advanced) - QDateTime::currentSecsSinceEpoch() - 3600) <= 2);
    QCOMPARE(m_sandbox->advanceClock(m_nam, 60).object().value(QStringLiteral("offsetSeconds")).toDouble(),
             3660.0);
    // offsetSeconds sets the offset; advanceSeconds in the same body moves on from it.
    const HttpResult both = m_sandbox->clock(
        m_nam, {{QStringLiteral("offsetSeconds"), -100}, {QStringLiteral("advanceSeconds"), 30}});
    QCOMPARE(both.status, 200);
    QCOMPARE(both.object().value(QStringLiteral("offsetSeconds")).toDouble(), -70.0);

    // Nonsense is a 400 with a message, and leaves the clock alone.
    const QList<QByteArray> bad{"not json",
                                "[]",
                                "{}",
                                R"({"advanceSeconds": "10"})",
                                R"({"advanceSeconds": 1.5})",
                                R"({"offsetSeconds": true})",
                                R"({"offsetSeconds": 1e12})",
                                R"({"offsetSeconds": 315360000, "advanceSeconds": 1})"};
    for (const QByteArray &body : bad) {
        const HttpResult r = send(m_nam, "POST", clockUrl, {{"Content-Type", "application/json"}}, body);
        QVERIFY2(r.status == 400, body.constData());
        QVERIFY2(!r.object().value(QStringLiteral("error")).toString().isEmpty(), body.constData());
    }
    QCOMPARE(send(m_nam, "GET", clockUrl).object().value(QStringLiteral("offsetSeconds")).toDouble(), -70.0);
    QCOMPARE(send(m_nam, "DELETE", clockUrl).status, 404);
    // The fault reset leaves the clock alone; offsetSeconds 0 is real time again.
    m_sandbox->setFaults(m_nam, {{QStringLiteral("reset"), true}});
    QCOMPARE(send(m_nam, "GET", clockUrl).object().value(QStringLiteral("offsetSeconds")).toDouble(), -70.0);
    QCOMPARE(m_sandbox->resetClock(m_nam).object().value(QStringLiteral("offsetSeconds")).toDouble(), 0.0);
}

void TestSandboxPlatform::fileListItemsHaveContractFields()
{
    const HttpResult r = send(m_nam, "GET", m_sandbox->platform(QStringLiteral("/files")));
    QCOMPARE(r.status, 200);
    const QJsonArray items = r.object().value(QStringLiteral("result")).toArray();
    QVERIFY(!items.isEmpty());
    static const QRegularExpression documentedTime(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{6}$"));
    const char *const fields[] = {
        "id",        "customer_id", "owner_id", "reference_type", "reference_id",       "name",
        "detail",    "filename",    "filesize", "uri_download",   "tm_download_expire", "tm_create",
        "tm_update", "tm_delete"};
    bool sawRecordingReference = false;
    for (const QJsonValue &v : items) {
        const QJsonObject f = v.toObject();
        for (const char *key : fields)
            QVERIFY2(f.contains(QLatin1String(key)), key);
        QVERIFY(f.value(QStringLiteral("filesize")).isDouble());
        const QString ref = f.value(QStringLiteral("reference_type")).toString();
        QVERIFY(ref == QLatin1String("none") || ref == QLatin1String("recording"));
        sawRecordingReference = sawRecordingReference || ref == QLatin1String("recording");
        if (ref == QLatin1String("none"))
            QCOMPARE(f.value(QStringLiteral("reference_id")).toString(),
                     QStringLiteral("00000000-0000-0000-0000-000000000000"));
        for (const char *t : {"tm_create", "tm_update", "tm_delete", "tm_download_expire"})
            QVERIFY2(documentedTime.match(f.value(QLatin1String(t)).toString()).hasMatch(), t);
        QCOMPARE(f.value(QStringLiteral("tm_delete")).toString(),
                 QStringLiteral("9999-01-01 00:00:00.000000"));
        QVERIFY(f.value(QStringLiteral("uri_download")).toString().contains(QLatin1String("/signed/files/")));
    }
    QVERIFY(sawRecordingReference);
}

void TestSandboxPlatform::getFileAndErrors()
{
    const QJsonObject first = firstItem(QStringLiteral("/files"));
    const QString id = first.value(QStringLiteral("id")).toString();
    const HttpResult r = send(m_nam, "GET", m_sandbox->platform(QStringLiteral("/files/") + id));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QStringLiteral("id")).toString(), id);

    const HttpResult invalid = send(m_nam, "GET", m_sandbox->platform(QStringLiteral("/files/not-a-uuid")));
    QCOMPARE(invalid.status, 400);
    QCOMPARE(envelopeReason(invalid, "INVALID_ARGUMENT"), QStringLiteral("INVALID_ID"));
    const HttpResult missing = send(
        m_nam, "GET", m_sandbox->platform(QStringLiteral("/files/0c0c305c-7a55-4395-85a8-ae4860f01393")));
    QCOMPARE(missing.status, 404);
    QCOMPARE(envelopeReason(missing, "NOT_FOUND"), QStringLiteral("FILE_NOT_FOUND"));
    // Path tricks in the id never reach anything.
    const HttpResult tricky =
        send(m_nam, "GET", m_sandbox->platform(QStringLiteral("/files/..%2F..%2Fsandbox.sqlite")));
    QVERIFY(tricky.status == 400 || tricky.status == 404);
}

void TestSandboxPlatform::fileRedirectIs307ToSignedUrl()
{
    const QString id = firstItem(QStringLiteral("/files")).value(QStringLiteral("id")).toString();
    const HttpResult r = send(m_nam, "GET", m_sandbox->platform(QStringLiteral("/files/%1/file").arg(id)));
    QCOMPARE(r.status, 307);
    const QUrl location(QString::fromUtf8(r.header("Location")));
    QVERIFY(location.path().startsWith(QLatin1String("/signed/files/") + id));
    QVERIFY(QUrlQuery(location).hasQueryItem(QStringLiteral("sig")));
    QVERIFY(!location.query().contains(QLatin1String("accesskey")));
    const HttpResult body = send(m_nam, "GET", location);
    QCOMPARE(body.status, 200);
    QVERIFY(body.body.startsWith("RIFF"));
}

void TestSandboxPlatform::uploadRoundTripAndDelete()
{
    const QByteArray content = "hello, recdesk\n" + QByteArray(5000, 'x');
    const HttpResult up = postMultipart(m_nam, m_sandbox->platform(QStringLiteral("/files")),
                                        {filePart("file", "notes.txt", content, "text/plain"),
                                         field("name", "My notes"), field("detail", "Some detail")});
    QCOMPARE(up.status, 200);
    const QJsonObject f = up.object();
    QCOMPARE(f.value(QStringLiteral("filename")).toString(), QStringLiteral("notes.txt"));
    QCOMPARE(f.value(QStringLiteral("name")).toString(), QStringLiteral("My notes"));
    QCOMPARE(f.value(QStringLiteral("detail")).toString(), QStringLiteral("Some detail"));
    QCOMPARE(f.value(QStringLiteral("filesize")).toInteger(), content.size());
    QCOMPARE(f.value(QStringLiteral("reference_type")).toString(), QStringLiteral("none"));
    const QString id = f.value(QStringLiteral("id")).toString();
    // Newest first: the upload heads the list.
    QCOMPARE(firstItem(QStringLiteral("/files")).value(QStringLiteral("id")).toString(), id);
    const HttpResult body = send(m_nam, "GET", QUrl(f.value(QStringLiteral("uri_download")).toString()));
    QCOMPARE(body.status, 200);
    QCOMPARE(body.body, content);

    const HttpResult del = send(m_nam, "DELETE", m_sandbox->platform(QStringLiteral("/files/") + id));
    QCOMPARE(del.status, 200);
    QVERIFY(del.object().value(QStringLiteral("tm_delete")).toString() !=
            QLatin1String("9999-01-01 00:00:00.000000"));
    QCOMPARE(send(m_nam, "GET", m_sandbox->platform(QStringLiteral("/files/") + id)).status, 404);
    QCOMPARE(send(m_nam, "DELETE", m_sandbox->platform(QStringLiteral("/files/") + id)).status, 404);
    QVERIFY(firstItem(QStringLiteral("/files")).value(QStringLiteral("id")).toString() != id);
    // Its signed URL no longer serves it.
    QCOMPARE(send(m_nam, "GET", QUrl(f.value(QStringLiteral("uri_download")).toString())).status, 404);
}

void TestSandboxPlatform::uploadErrors_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    const QByteArray ct = "multipart/form-data; boundary=BOUND";
    QTest::newRow("no file field")
        << ct
        << QByteArray("--BOUND\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nx\r\n--BOUND--\r\n");
    QTest::newRow("not multipart") << QByteArray("application/json") << QByteArray("{\"file\":\"x\"}");
    QTest::newRow("no boundary") << QByteArray("multipart/form-data") << QByteArray("--BOUND--\r\n");
    QTest::newRow("unterminated")
        << ct
        << QByteArray(
               "--BOUND\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nabc");
    QTest::newRow("no disposition") << ct
                                    << QByteArray(
                                           "--BOUND\r\nContent-Type: text/plain\r\n\r\nabc\r\n--BOUND--\r\n");
    QTest::newRow("garbage") << ct << QByteArray("\x01\x02\x03 garbage \xff\xfe");
    QTest::newRow("empty body") << ct << QByteArray();
    QTest::newRow("file without filename")
        << ct
        << QByteArray("--BOUND\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc\r\n--BOUND--\r\n");
    QTest::newRow("two files")
        << ct
        << QByteArray(
               "--BOUND\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\na\r\n"
               "--BOUND\r\nContent-Disposition: form-data; name=\"file\"; "
               "filename=\"b.txt\"\r\n\r\nb\r\n--BOUND--\r\n");
    for (const char *name : {"../../etc/passwd", "..", "a/b.txt", "C:\\\\x\\\\y.txt", "/abs.txt", ""}) {
        QTest::newRow(qPrintable(QStringLiteral("path trick %1").arg(QLatin1String(name))))
            << ct
            << QByteArray("--BOUND\r\nContent-Disposition: form-data; name=\"file\"; filename=\"") + name +
                   "\"\r\n\r\nabc\r\n--BOUND--\r\n";
    }
}

void TestSandboxPlatform::uploadErrors()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    const int before = send(m_nam, "GET", m_sandbox->url(QStringLiteral("/_sandbox/stats")))
                           .object()
                           .value(QStringLiteral("files"))
                           .toInt();
    const HttpResult r = send(m_nam, "POST", m_sandbox->platform(QStringLiteral("/files")),
                              {{"Content-Type", contentType}}, body);
    QCOMPARE(r.status, 400);
    QCOMPARE(envelopeReason(r, "INVALID_ARGUMENT"), QStringLiteral("INVALID_FILE_UPLOAD"));
    const int after = send(m_nam, "GET", m_sandbox->url(QStringLiteral("/_sandbox/stats")))
                          .object()
                          .value(QStringLiteral("files"))
                          .toInt();
    QCOMPARE(after, before);
}

void TestSandboxPlatform::oversizedUploadIs400AndLeavesNothing()
{
    const QDir bodies(QDir(m_sandbox->dataDir()).filePath(QStringLiteral("bodies/files")));
    const int filesBefore = int(bodies.entryList(QDir::Files).size());
    const HttpResult r = postMultipart(m_nam, m_sandbox->platform(QStringLiteral("/files")),
                                       {filePart("file", "big.bin", QByteArray(300 * 1024, 'b'))});
    QCOMPARE(r.status, 400);
    QCOMPARE(envelopeReason(r, "INVALID_ARGUMENT"), QStringLiteral("INVALID_FILE_UPLOAD"));
    QCOMPARE(int(bodies.entryList(QDir::Files).size()), filesBefore);
}

void TestSandboxPlatform::recordingsGetDeleteAndFilesGoToo()
{
    // Find a recording that some file references.
    const HttpResult files = send(m_nam, "GET", m_sandbox->platform(QStringLiteral("/files")));
    QString recordingId, fileId;
    for (const QJsonValue &v : files.object().value(QStringLiteral("result")).toArray()) {
        if (v[QStringLiteral("reference_type")].toString() == QLatin1String("recording")) {
            recordingId = v[QStringLiteral("reference_id")].toString();
            fileId = v[QStringLiteral("id")].toString();
            break;
        }
    }
    QVERIFY(!recordingId.isEmpty());
    const HttpResult got =
        send(m_nam, "GET", m_sandbox->platform(QStringLiteral("/recordings/") + recordingId));
    QCOMPARE(got.status, 200);
    const QJsonObject rec = got.object();
    for (const char *key :
         {"id", "customer_id", "owner_type", "owner_id", "activeflow_id", "reference_type", "reference_id",
          "status", "format", "on_end_flow_id", "tm_start", "tm_end", "tm_create", "tm_update", "tm_delete"})
        QVERIFY2(rec.contains(QLatin1String(key)), key);
    QCOMPARE(rec.value(QStringLiteral("format")).toString(), QStringLiteral("wav"));

    const HttpResult del =
        send(m_nam, "DELETE", m_sandbox->platform(QStringLiteral("/recordings/") + recordingId));
    QCOMPARE(del.status, 200);
    QVERIFY(del.object().value(QStringLiteral("tm_delete")).toString().startsWith(QLatin1String("20")));
    const HttpResult gone =
        send(m_nam, "GET", m_sandbox->platform(QStringLiteral("/recordings/") + recordingId));
    QCOMPARE(gone.status, 404);
    QCOMPARE(envelopeReason(gone, "NOT_FOUND"), QStringLiteral("RECORDING_NOT_FOUND"));
    QCOMPARE(send(m_nam, "GET", m_sandbox->platform(QStringLiteral("/files/") + fileId)).status, 404);
    QCOMPARE(send(m_nam, "GET", m_sandbox->platform(QStringLiteral("/recordingfiles/") + recordingId)).status,
             404);
    QCOMPARE(send(m_nam, "GET", m_sandbox->platform(QStringLiteral("/recordings/bad-id"))).status, 400);
}

void TestSandboxPlatform::recordingFileRedirect()
{
    const HttpResult list = send(m_nam, "GET", m_sandbox->platform(QStringLiteral("/recordings")));
    QString endedId, runningId;
    QSet<QString> statuses, references;
    for (const QJsonValue &v : list.object().value(QStringLiteral("result")).toArray()) {
        const QString status = v[QStringLiteral("status")].toString();
        statuses.insert(status);
        references.insert(v[QStringLiteral("reference_type")].toString());
        if (status == QLatin1String("ended") && endedId.isEmpty())
            endedId = v[QStringLiteral("id")].toString();
        if (status != QLatin1String("ended") && runningId.isEmpty())
            runningId = v[QStringLiteral("id")].toString();
    }
    QVERIFY(references.contains(QStringLiteral("call")) && references.contains(QStringLiteral("confbridge")));
    QVERIFY(!endedId.isEmpty());
    const HttpResult r =
        send(m_nam, "GET", m_sandbox->platform(QStringLiteral("/recordingfiles/") + endedId));
    QCOMPARE(r.status, 307);
    const QUrl location(QString::fromUtf8(r.header("Location")));
    QVERIFY(location.path().startsWith(QLatin1String("/signed/recordings/") + endedId));
    const qint64 expires = QUrlQuery(location).queryItemValue(QStringLiteral("expires")).toLongLong();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QVERIFY(expires > now + 23 * 3600 && expires <= now + 24 * 3600 + 5); // valid 24 h
    const HttpResult head = send(m_nam, "HEAD", location);
    QCOMPARE(head.status, 200);
    QCOMPARE(head.header("Content-Type"), QByteArray("audio/wav"));
    if (!runningId.isEmpty()) {
        const HttpResult notEnded =
            send(m_nam, "GET", m_sandbox->platform(QStringLiteral("/recordingfiles/") + runningId));
        QCOMPARE(notEnded.status, 409);
        QCOMPARE(envelopeReason(notEnded, "FAILED_PRECONDITION"), QStringLiteral("RECORDING_NOT_ENDED"));
    }
}

void TestSandboxPlatform::unknownRoutes()
{
    QCOMPARE(send(m_nam, "GET", m_sandbox->platform(QStringLiteral("/nothing-here"))).status, 404);
    QCOMPARE(send(m_nam, "GET", m_sandbox->platform(QStringLiteral("/storage_files"))).status,
             404); // live only
    QCOMPARE(send(m_nam, "PATCH", m_sandbox->platform(QStringLiteral("/files"))).status, 404);
    QCOMPARE(send(m_nam, "GET", m_sandbox->url(QStringLiteral("/elsewhere"))).status, 404);
}

void TestSandboxPlatform::failNextBursts()
{
    QCOMPARE(
        m_sandbox
            ->setFaults(m_nam, {{QStringLiteral("failNext"),
                                 QJsonObject{{QStringLiteral("status"), 429},
                                             {QStringLiteral("count"), 2},
                                             {QStringLiteral("retryAfter"), 7},
                                             {QStringLiteral("paths"), QStringLiteral("/v1.0/recordings")}}}})
            .status,
        200);
    // Other paths are not affected.
    QCOMPARE(send(m_nam, "GET", m_sandbox->platform(QStringLiteral("/files"))).status, 200);
    for (int i = 0; i < 2; ++i) {
        const HttpResult r = send(m_nam, "GET", m_sandbox->platform(QStringLiteral("/recordings")));
        QCOMPARE(r.status, 429);
        QCOMPARE(r.header("Retry-After"), QByteArray("7"));
        QCOMPARE(envelopeReason(r, "RESOURCE_EXHAUSTED"), QStringLiteral("RATE_LIMITED"));
    }
    QCOMPARE(send(m_nam, "GET", m_sandbox->platform(QStringLiteral("/recordings"))).status, 200);

    for (const int status : {500, 503}) {
        m_sandbox->setFaults(
            m_nam, {{QStringLiteral("failNext"),
                     QJsonObject{{QStringLiteral("status"), status}, {QStringLiteral("count"), 1}}}});
        const HttpResult r = send(m_nam, "GET", m_sandbox->platform(QStringLiteral("/files")));
        QCOMPARE(r.status, status);
        QVERIFY(!envelopeReason(r, status == 500 ? "INTERNAL" : "UNAVAILABLE").startsWith(QLatin1Char('<')));
        QCOMPARE(send(m_nam, "GET", m_sandbox->platform(QStringLiteral("/files"))).status, 200);
    }
    // The admin endpoint rejects nonsense.
    QCOMPARE(
        m_sandbox
            ->setFaults(m_nam, {{QStringLiteral("failNext"), QJsonObject{{QStringLiteral("status"), 404}}}})
            .status,
        400);
    QCOMPARE(send(m_nam, "POST", m_sandbox->url(QStringLiteral("/_sandbox/faults")), {}, "not json").status,
             400);
    const QJsonObject current =
        send(m_nam, "GET", m_sandbox->url(QStringLiteral("/_sandbox/faults"))).object();
    QVERIFY(current.contains(QStringLiteral("latencyMs")) && current.contains(QStringLiteral("liveVariant")));
}

void TestSandboxPlatform::latencyIsAdded()
{
    m_sandbox->setFaults(m_nam, {{QStringLiteral("latencyMs"), 300}});
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(send(m_nam, "GET", m_sandbox->platform(QStringLiteral("/files"), QStringLiteral("page_size=1")))
                 .status,
             200);
    QVERIFY(timer.elapsed() >= 280);
    // A client that gives up while the answer is delayed is harmless.
    for (int i = 0; i < 3; ++i) {
        QNetworkAccessManager impatient;
        QNetworkReply *reply = impatient.get(makeRequest(m_sandbox->platform(QStringLiteral("/files")), {}));
        QTest::qWait(100);
        reply->abort();
        delete reply;
    }
    QTest::qWait(400);
    QCOMPARE(send(m_nam, "GET", m_sandbox->platform(QStringLiteral("/files"), QStringLiteral("page_size=1")))
                 .status,
             200);
    m_sandbox->setFaults(m_nam, {{QStringLiteral("latencyMs"), 0}});
}

void TestSandboxPlatform::signingNotConfigured()
{
    QCOMPARE(m_sandbox->setFaults(m_nam, {{QStringLiteral("signingDisabled"), true}}).status, 200);
    const QJsonObject f = firstItem(QStringLiteral("/files"));
    QCOMPARE(f.value(QStringLiteral("uri_download")).toString(), QString());
    const QString id = f.value(QStringLiteral("id")).toString();
    const HttpResult file = send(m_nam, "GET", m_sandbox->platform(QStringLiteral("/files/%1/file").arg(id)));
    QCOMPARE(file.status, 503);
    QCOMPARE(envelopeReason(file, "UNAVAILABLE"), QStringLiteral("SIGNING_NOT_CONFIGURED"));
    QString ended;
    for (const QJsonValue &v : send(m_nam, "GET", m_sandbox->platform(QStringLiteral("/recordings")))
                                   .object()
                                   .value(QStringLiteral("result"))
                                   .toArray()) {
        if (v[QStringLiteral("status")].toString() == QLatin1String("ended"))
            ended = v[QStringLiteral("id")].toString();
    }
    const HttpResult rec =
        send(m_nam, "GET", m_sandbox->platform(QStringLiteral("/recordingfiles/") + ended));
    QCOMPARE(rec.status, 503);
    QCOMPARE(envelopeReason(rec, "UNAVAILABLE"), QStringLiteral("SIGNING_NOT_CONFIGURED"));
}

QTEST_GUILESS_MAIN(TestSandboxPlatform)
#include "tst_sandboxplatform.moc"
