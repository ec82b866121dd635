// Analytics service (API.md section 2): client-credentials tokens and Upload Media with every
// validation rule, answered in plain text.
#include "sandboxtestutil.h"

using namespace sandboxtest;

class TestSandboxAnalytics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_sandbox = std::make_unique<Sandbox>(20, 10);
        m_sandbox->options.maxBodyBytes = 200 * 1024;
        QVERIFY(m_sandbox->start());
        m_token = m_sandbox->analyticsToken(m_nam);
        QVERIFY(!m_token.isEmpty());
    }
    void init()
    {
        m_sandbox->setFaults(m_nam, QJsonObject{{QStringLiteral("reset"), true}});
        m_sandbox->resetClock(m_nam);
    }
    void cleanupTestCase() { m_sandbox.reset(); }

    void tokenForm();
    void tokenBasicAuth();
    void tokenErrors_data();
    void tokenErrors();
    void uploadWithoutTokenIs401();
    void expiredTokenIs401();
    void uploadSucceeds();
    void validation_data();
    void validation();
    void duplicateFileNameRefused();
    void signedUrlFromOwnStorage();
    void signedUrlElsewhereRefused_data();
    void signedUrlElsewhereRefused();
    void oversizedIsPlain400();
    void failNextUsesPlainText();

private:
    QUrl uploadUrl() const { return m_sandbox->url(QStringLiteral("/analytics/Media/Upload")); }
    Headers auth() const { return {{"Authorization", "Bearer " + m_token.toLatin1()}}; }
    HttpResult upload(const QJsonObject &metadata, const QList<FormPart> &more)
    {
        QList<FormPart> parts{field("metadata", QJsonDocument(metadata).toJson(QJsonDocument::Compact))};
        parts += more;
        return postMultipart(m_nam, uploadUrl(), parts, auth());
    }
    HttpResult token(const QByteArray &form, Headers headers = {})
    {
        headers.append(
            qMakePair(QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")));
        return send(m_nam, "POST", m_sandbox->url(QStringLiteral("/analytics/connect/token")), headers, form);
    }
    static QByteArray wav() { return QByteArray("RIFF....WAVE") + QByteArray(3000, '\x01'); }

    QNetworkAccessManager m_nam;
    std::unique_ptr<Sandbox> m_sandbox;
    QString m_token;
};

void TestSandboxAnalytics::tokenForm()
{
    const auto c = m_sandbox->host()->credentials();
    const HttpResult r = token("client_id=" + c.analyticsClientId.toUtf8() +
                               "&client_secret=" + c.analyticsClientSecret.toUtf8() +
                               "&grant_type=client_credentials&scope=acxapi");
    QCOMPARE(r.status, 200);
    const QJsonObject o = r.object();
    QVERIFY(!o.value(QStringLiteral("access_token")).toString().isEmpty());
    QCOMPARE(o.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    QCOMPARE(o.value(QStringLiteral("expires_in")).toInt(), 3600);
    QCOMPARE(o.value(QStringLiteral("scope")).toString(), QStringLiteral("acxapi"));
}

void TestSandboxAnalytics::tokenBasicAuth()
{
    const auto c = m_sandbox->host()->credentials();
    const QByteArray basic =
        (c.analyticsClientId + QLatin1Char(':') + c.analyticsClientSecret).toUtf8().toBase64();
    const HttpResult r =
        token("grant_type=client_credentials&scope=acxapi", {{"Authorization", "Basic " + basic}});
    QCOMPARE(r.status, 200);
    QVERIFY(!r.object().value(QStringLiteral("access_token")).toString().isEmpty());
}

void TestSandboxAnalytics::tokenErrors_data()
{
    QTest::addColumn<QByteArray>("form");
    QTest::addColumn<QString>("error");
    QTest::newRow("bad secret")
        << QByteArray("client_id=recdesk-demo-client&client_secret=nope&grant_type=client_credentials")
        << QStringLiteral("invalid_client");
    QTest::newRow("unknown client") << QByteArray("client_id=x&client_secret=y&grant_type=client_credentials")
                                    << QStringLiteral("invalid_client");
    QTest::newRow("no credentials") << QByteArray("grant_type=client_credentials")
                                    << QStringLiteral("invalid_client");
    QTest::newRow("bad grant")
        << QByteArray("client_id=recdesk-demo-client&client_secret=demo-client-secret&grant_type=password")
        << QStringLiteral("unsupported_grant_type");
    QTest::newRow("bad scope") << QByteArray("client_id=recdesk-demo-client&client_secret=demo-client-secret&"
                                             "grant_type=client_credentials&scope=other")
                               << QStringLiteral("invalid_scope");
}

void TestSandboxAnalytics::tokenErrors()
{
    QFETCH(QByteArray, form);
    QFETCH(QString, error);
    const HttpResult r = token(form);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.object().value(QStringLiteral("error")).toString(), error);
}

void TestSandboxAnalytics::uploadWithoutTokenIs401()
{
    const QList<FormPart> parts{field("metadata", R"({"FileName":"a.wav","UploadType":"Audio"})"),
                                filePart("file", "a.wav", wav())};
    QCOMPARE(postMultipart(m_nam, uploadUrl(), parts).status, 401);
    QCOMPARE(postMultipart(m_nam, uploadUrl(), parts, {{"Authorization", "Bearer nonsense"}}).status, 401);
    // A platform token is not an analytics token.
    const auto c = m_sandbox->host()->credentials();
    const QString platformToken = m_sandbox->login(m_nam, c.username, c.password);
    QCOMPARE(
        postMultipart(m_nam, uploadUrl(), parts, {{"Authorization", "Bearer " + platformToken.toLatin1()}})
            .status,
        401);
}

void TestSandboxAnalytics::expiredTokenIs401()
{
    m_sandbox->setFaults(m_nam, {{QStringLiteral("analyticsTokenLifetimeSec"), 60}});
    const QString shortLived = m_sandbox->analyticsToken(m_nam);
    const auto uploadAs = [&](const QByteArray &fileName) {
        return postMultipart(m_nam, uploadUrl(),
                             {field("metadata", R"({"FileName":")" + fileName + R"(","UploadType":"Audio"})"),
                              filePart("file", fileName, wav())},
                             {{"Authorization", "Bearer " + shortLived.toLatin1()}});
    };
    // Good until its lifetime has passed on the sandbox clock, refused from then on.
    QCOMPARE(m_sandbox->advanceClock(m_nam, 50).status, 200);
    QCOMPARE(uploadAs("before-expiry.wav").status, 200);
    QCOMPARE(m_sandbox->advanceClock(m_nam, 11).status, 200);
    const HttpResult r = uploadAs("expired.wav");
    QCOMPARE(r.status, 401);
    QVERIFY(r.body.isEmpty());
}

void TestSandboxAnalytics::uploadSucceeds()
{
    const QByteArray body = QByteArray(5000, 'a');
    const HttpResult r = upload(
        {{QStringLiteral("FileName"), QStringLiteral("top/sub/call-1.wav")},
         {QStringLiteral("UploadType"), QStringLiteral("Audio")},
         {QStringLiteral("CallDirection"), QStringLiteral("Inbound")},
         {QStringLiteral("AgentFirstName"), QStringLiteral("James")},
         {QStringLiteral("InteractionDate"), QStringLiteral("2022-03-18T17:56:09.8683110-04:00")},
         {QStringLiteral("ExtendedMetadataValues"), QJsonObject{{QStringLiteral("k"), QStringLiteral("v")}}},
         {QStringLiteral("ExtendedMetadata"),
          QJsonArray{QJsonObject{{QStringLiteral("Data"), QStringLiteral("x")}}}},
         {QStringLiteral("HierarchyId"), QStringLiteral("00000000-0000-0000-0000-000000000002")},
         {QStringLiteral("ApplyHierarchyToAgent"), true},
         {QStringLiteral("LocaleId"), 2058},
         {QStringLiteral("ClientCallId"), QStringLiteral("5CD1S")}},
        {filePart("file", "call-1.wav", body, "audio/wav")});
    QCOMPARE(r.status, 200);
    const QJsonObject o = r.object();
    QVERIFY(!QUuid::fromString(o.value(QStringLiteral("Id")).toString()).isNull());
    QCOMPARE(o.value(QStringLiteral("FileName")).toString(), QStringLiteral("top/sub/call-1.wav"));
    QCOMPARE(o.value(QStringLiteral("FileSizeKb")).toInt(), 5); // 5000 bytes, rounded up
    // Every date form of the contract is accepted; chats too.
    const QStringList dates = {QStringLiteral("2022-03-18T21:52:26"),
                               QStringLiteral("2022-03-18T21:52:26.8816090Z"), QStringLiteral("2022-03-19")};
    for (int i = 0; i < dates.size(); ++i) {
        const QString name = QStringLiteral("date-%1.mp3").arg(i);
        QCOMPARE(upload({{QStringLiteral("FileName"), name},
                         {QStringLiteral("UploadType"), QStringLiteral("Audio")},
                         {QStringLiteral("InteractionDate"), dates.at(i)}},
                        {filePart("file", name.toUtf8(), body)})
                     .status,
                 200);
    }
    QCOMPARE(upload({{QStringLiteral("FileName"), QStringLiteral("chat.zip")},
                     {QStringLiteral("UploadType"), QStringLiteral("Chat")},
                     {QStringLiteral("HierarchyCode"), QStringLiteral("Accounting")}},
                    {filePart("file", "chat.zip", body)})
                 .status,
             200);
}

void TestSandboxAnalytics::validation_data()
{
    QTest::addColumn<QByteArray>("metadata"); // empty: no metadata field at all
    QTest::addColumn<QByteArray>("uploadName");
    QTest::addColumn<QString>("message");
    const QString mustMatch =
        QStringLiteral("File extension in metadata file name and upload file must match!");
    QTest::newRow("no metadata") << QByteArray() << QByteArray("a.wav")
                                 << QStringLiteral("You must upload metadata in the request form.");
    QTest::newRow("metadata not json") << QByteArray("{oops") << QByteArray("a.wav")
                                       << QStringLiteral("Metadata must be a valid JSON object.");
    QTest::newRow("no FileName") << QByteArray(R"({"UploadType":"Audio"})") << QByteArray("a.wav")
                                 << QStringLiteral("FileName is required in metadata.");
    QTest::newRow("no UploadType") << QByteArray(R"({"FileName":"a.wav"})") << QByteArray("a.wav")
                                   << QStringLiteral("UploadType is required and must be Audio or Chat.");
    QTest::newRow("bad UploadType") << QByteArray(R"({"FileName":"a.wav","UploadType":"Video"})")
                                    << QByteArray("a.wav")
                                    << QStringLiteral("UploadType is required and must be Audio or Chat.");
    QTest::newRow("audio ext for chat")
        << QByteArray(R"({"FileName":"a.wav","UploadType":"Chat"})") << QByteArray("a.wav")
        << QStringLiteral("Invalid file extension for Chat upload. Valid extensions: .tar, .zip.");
    QTest::newRow("unknown ext")
        << QByteArray(R"({"FileName":"a.exe","UploadType":"Audio"})") << QByteArray("a.exe")
        << QStringLiteral("Invalid file extension for Audio upload. Valid extensions: .wav, .mp3, "
                          ".mp4, .ogg, .opus, .m4a.");
    QTest::newRow("ext mismatch") << QByteArray(R"({"FileName":"a.mp3","UploadType":"Audio"})")
                                  << QByteArray("a.wav") << mustMatch;
    QTest::newRow("locale")
        << QByteArray(R"({"FileName":"a.wav","UploadType":"Audio","LocaleId":1031})") << QByteArray("a.wav")
        << QStringLiteral("Unsupported locale id provided. Supported locale ids include: 1033, 2058.");
    QTest::newRow("hierarchy id")
        << QByteArray(
               R"({"FileName":"a.wav","UploadType":"Audio","HierarchyId":"00000000-0000-0000-0000-000000000009"})")
        << QByteArray("a.wav") << QStringLiteral("Invalid Hierarchy Id/Code!");
    QTest::newRow("hierarchy code")
        << QByteArray(R"({"FileName":"a.wav","UploadType":"Audio","HierarchyCode":"Nowhere"})")
        << QByteArray("a.wav") << QStringLiteral("Invalid Hierarchy Id/Code!");
    QTest::newRow("direction")
        << QByteArray(R"({"FileName":"a.wav","UploadType":"Audio","CallDirection":"Sideways"})")
        << QByteArray("a.wav") << QStringLiteral("CallDirection must be Inbound or Outbound.");
    QTest::newRow("date")
        << QByteArray(R"({"FileName":"a.wav","UploadType":"Audio","InteractionDate":"18/03/2022"})")
        << QByteArray("a.wav")
        << QStringLiteral("InteractionDate must be an ISO 8601 date or date and time.");
    QTest::newRow("extended values")
        << QByteArray(R"({"FileName":"a.wav","UploadType":"Audio","ExtendedMetadataValues":{"k":1}})")
        << QByteArray("a.wav")
        << QStringLiteral("ExtendedMetadataValues must be an object of string values.");
    QTest::newRow("extended array")
        << QByteArray(R"({"FileName":"a.wav","UploadType":"Audio","ExtendedMetadata":{"k":"v"}})")
        << QByteArray("a.wav")
        << QStringLiteral("ExtendedMetadata must be an array of objects of string values.");
    QTest::newRow("apply bool")
        << QByteArray(R"({"FileName":"a.wav","UploadType":"Audio","ApplyHierarchyToAgent":"yes"})")
        << QByteArray("a.wav") << QStringLiteral("ApplyHierarchyToAgent must be true or false.");
    QTest::newRow("dot-dot path") << QByteArray(R"({"FileName":"../up/a.wav","UploadType":"Audio"})")
                                  << QByteArray("a.wav")
                                  << QStringLiteral("FileName is not a valid file path.");
    QTest::newRow("absolute path") << QByteArray(R"({"FileName":"/etc/a.wav","UploadType":"Audio"})")
                                   << QByteArray("a.wav")
                                   << QStringLiteral("FileName is not a valid file path.");
    QTest::newRow("no file, no url") << QByteArray(R"({"FileName":"a.wav","UploadType":"Audio"})")
                                     << QByteArray()
                                     << QStringLiteral("You must upload a file or provide a signedUrl.");
}

void TestSandboxAnalytics::validation()
{
    QFETCH(QByteArray, metadata);
    QFETCH(QByteArray, uploadName);
    QFETCH(QString, message);
    QList<FormPart> parts;
    if (!metadata.isEmpty())
        parts.append(field("metadata", metadata));
    if (!uploadName.isEmpty())
        parts.append(filePart("file", uploadName, wav()));
    const HttpResult r = postMultipart(m_nam, uploadUrl(), parts, auth());
    QCOMPARE(r.status, 400);
    QVERIFY(r.header("Content-Type").startsWith("text/plain"));
    QCOMPARE(QString::fromUtf8(r.body), message);
}

void TestSandboxAnalytics::duplicateFileNameRefused()
{
    const QJsonObject md{{QStringLiteral("FileName"), QStringLiteral("unique/once.wav")},
                         {QStringLiteral("UploadType"), QStringLiteral("Audio")}};
    QCOMPARE(upload(md, {filePart("file", "once.wav", wav())}).status, 200);
    const HttpResult again = upload(md, {filePart("file", "once.wav", wav())});
    QCOMPARE(again.status, 400);
    QCOMPARE(QString::fromUtf8(again.body),
             QStringLiteral("An interaction with this file name already exists."));
}

void TestSandboxAnalytics::signedUrlFromOwnStorage()
{
    const HttpResult files =
        send(m_nam, "GET", m_sandbox->platform(QStringLiteral("/files"), QStringLiteral("page_size=1")));
    const QJsonObject f = files.object().value(QStringLiteral("result")).toArray().at(0).toObject();
    const QByteArray url = f.value(QStringLiteral("uri_download")).toString().toUtf8();
    send(m_nam, "POST", m_sandbox->url(QStringLiteral("/_sandbox/reset-log")));
    const HttpResult r = upload({{QStringLiteral("FileName"), QStringLiteral("from-platform.wav")},
                                 {QStringLiteral("UploadType"), QStringLiteral("Audio")}},
                                {field("signedUrl", url)});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QStringLiteral("FileSizeKb")).toInteger(),
             (f.value(QStringLiteral("filesize")).toInteger() + 1023) / 1024);
    // The fetch is recorded as internal, with no credentials.
    const QJsonArray log =
        send(m_nam, "GET", m_sandbox->url(QStringLiteral("/_sandbox/signed-requests"))).array();
    QCOMPARE(log.size(), 1);
    QVERIFY(log.at(0)[QStringLiteral("internal")].toBool());
    // A recording's signed URL works too (the 307 target of /recordingfiles).
    const QJsonArray recs = send(m_nam, "GET", m_sandbox->platform(QStringLiteral("/recordings")))
                                .object()
                                .value(QStringLiteral("result"))
                                .toArray();
    QString ended;
    for (const QJsonValue &v : recs) {
        if (v[QStringLiteral("status")].toString() == QLatin1String("ended")) {
            ended = v[QStringLiteral("id")].toString();
            break;
        }
    }
    const QByteArray location =
        send(m_nam, "GET", m_sandbox->platform(QStringLiteral("/recordingfiles/") + ended))
            .header("Location");
    QCOMPARE(upload({{QStringLiteral("FileName"), QStringLiteral("rec.wav")},
                     {QStringLiteral("UploadType"), QStringLiteral("Audio")}},
                    {field("signedUrl", location)})
                 .status,
             200);
    // Extension rule against the signed object, and not both file and URL.
    const HttpResult mismatch = upload({{QStringLiteral("FileName"), QStringLiteral("rec.mp3")},
                                        {QStringLiteral("UploadType"), QStringLiteral("Audio")}},
                                       {field("signedUrl", location)});
    QCOMPARE(QString::fromUtf8(mismatch.body),
             QStringLiteral("File extension in metadata file name and upload file must match!"));
    const HttpResult both = upload({{QStringLiteral("FileName"), QStringLiteral("both.wav")},
                                    {QStringLiteral("UploadType"), QStringLiteral("Audio")}},
                                   {field("signedUrl", location), filePart("file", "both.wav", wav())});
    QCOMPARE(both.status, 400);
}

void TestSandboxAnalytics::signedUrlElsewhereRefused_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("other host") << QStringLiteral(
        "https://bucket.s3.amazonaws.com/path/to/file.wav?X-Amz-Algorithm=x");
    QTest::newRow("other port") << QStringLiteral("http://127.0.0.1:1/signed/files/x.wav");
    QTest::newRow("not a url") << QStringLiteral("::::");
    QTest::newRow("file scheme") << QStringLiteral("file:///etc/passwd");
}

void TestSandboxAnalytics::signedUrlElsewhereRefused()
{
    QFETCH(QString, url);
    const HttpResult r = upload({{QStringLiteral("FileName"), QStringLiteral("elsewhere.wav")},
                                 {QStringLiteral("UploadType"), QStringLiteral("Audio")}},
                                {field("signedUrl", url.toUtf8())});
    QCOMPARE(r.status, 400);
    QVERIFY(r.header("Content-Type").startsWith("text/plain"));
    // Own host, but a forged or expired signature.
    const QString own =
        m_sandbox->host()->rootUrl().toString() +
        QStringLiteral("/signed/files/00000000-0000-4000-8000-000000000000?expires=99999999999&sig=00");
    QCOMPARE(upload({{QStringLiteral("FileName"), QStringLiteral("forged.wav")},
                     {QStringLiteral("UploadType"), QStringLiteral("Audio")}},
                    {field("signedUrl", own.toUtf8())})
                 .status,
             400);
}

void TestSandboxAnalytics::oversizedIsPlain400()
{
    const QDir bodies(QDir(m_sandbox->dataDir()).filePath(QStringLiteral("bodies/analytics")));
    const qsizetype before = bodies.entryList(QDir::Files).size();
    const HttpResult r = upload({{QStringLiteral("FileName"), QStringLiteral("huge.wav")},
                                 {QStringLiteral("UploadType"), QStringLiteral("Audio")}},
                                {filePart("file", "huge.wav", QByteArray(300 * 1024, 'h'))});
    QCOMPARE(r.status, 400);
    QVERIFY(r.header("Content-Type").startsWith("text/plain"));
    QCOMPARE(bodies.entryList(QDir::Files).size(), before);
    // The name stays free: a failed upload leaves no row behind.
    QCOMPARE(upload({{QStringLiteral("FileName"), QStringLiteral("huge.wav")},
                     {QStringLiteral("UploadType"), QStringLiteral("Audio")}},
                    {filePart("file", "huge.wav", wav())})
                 .status,
             200);
}

void TestSandboxAnalytics::failNextUsesPlainText()
{
    m_sandbox->setFaults(m_nam, {{QStringLiteral("failNext"),
                                  QJsonObject{{QStringLiteral("status"), 503},
                                              {QStringLiteral("count"), 1},
                                              {QStringLiteral("paths"), QStringLiteral("/analytics/")}}}});
    const HttpResult r = upload({{QStringLiteral("FileName"), QStringLiteral("x.wav")},
                                 {QStringLiteral("UploadType"), QStringLiteral("Audio")}},
                                {filePart("file", "x.wav", wav())});
    QCOMPARE(r.status, 503);
    QVERIFY(r.header("Content-Type").startsWith("text/plain"));
    QVERIFY(!r.header("Retry-After").isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxAnalytics)
#include "tst_sandboxanalytics.moc"
