// Assistant service (API.md section 3): POST /files/upload with a Bearer API key; 201 with the
// full response; {code, message, status} errors including 413 and 415.
#include "sandboxtestutil.h"

using namespace sandboxtest;

class TestSandboxAssistant : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_sandbox = std::make_unique<Sandbox>(5, 2);
        m_sandbox->options.maxBodyBytes = 100 * 1024;
        QVERIFY(m_sandbox->start());
    }
    void cleanupTestCase() { m_sandbox.reset(); }

    void uploadIs201WithEveryField();
    void badKeyIs401();
    void errors_data();
    void errors();
    void pathInFileNameIsStripped();
    void olderServerForm();
    void qhttpMultiPartIsUnderstood();

private:
    QUrl uploadUrl() const { return m_sandbox->url(QStringLiteral("/assistant/v1/files/upload")); }
    Headers auth() const
    {
        return {{"Authorization", "Bearer " + m_sandbox->host()->credentials().assistantApiKey.toLatin1()}};
    }

    QNetworkAccessManager m_nam;
    std::unique_ptr<Sandbox> m_sandbox;
};

void TestSandboxAssistant::uploadIs201WithEveryField()
{
    const QByteArray content = "# Knowledge\nSome text.\n";
    const HttpResult r = postMultipart(
        m_nam, uploadUrl(), {filePart("file", "kb.md", content, "text/markdown"), field("user", "user-42")},
        auth());
    QCOMPARE(r.status, 201);
    const QJsonObject o = r.object();
    for (const char *key :
         {"id", "name", "size", "extension", "mime_type", "created_by", "created_at", "preview_url",
          "source_url", "original_url", "user_id", "tenant_id", "conversation_id", "file_key"})
        QVERIFY2(o.contains(QLatin1String(key)), key);
    QVERIFY(!QUuid::fromString(o.value(QStringLiteral("id")).toString()).isNull());
    QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("kb.md"));
    QCOMPARE(o.value(QStringLiteral("size")).toInteger(), content.size());
    QCOMPARE(o.value(QStringLiteral("extension")).toString(), QStringLiteral("md"));
    QVERIFY(qAbs(o.value(QStringLiteral("created_at")).toInteger() - QDateTime::currentSecsSinceEpoch()) <
            10);
    QVERIFY(o.value(QStringLiteral("preview_url")).isNull());
    // The same user maps to the same id.
    const HttpResult again = postMultipart(
        m_nam, uploadUrl(), {filePart("file", "kb2.txt", content), field("user", "user-42")}, auth());
    QCOMPARE(again.object().value(QStringLiteral("created_by")), o.value(QStringLiteral("created_by")));
}

void TestSandboxAssistant::badKeyIs401()
{
    const QList<FormPart> parts{filePart("file", "a.txt", "x"), field("user", "u")};
    for (const Headers &h : {Headers{}, Headers{{"Authorization", "Bearer app-wrong"}},
                             Headers{{"Authorization", "Basic eDp5"}}}) {
        const HttpResult r = postMultipart(m_nam, uploadUrl(), parts, h);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.object().value(QStringLiteral("status")).toInt(), 401);
        QVERIFY(!r.object().value(QStringLiteral("code")).toString().isEmpty());
    }
}

void TestSandboxAssistant::errors_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QByteArray b = "BB";
    const QByteArray ct = "multipart/form-data; boundary=" + b;
    auto body = [&](const QList<FormPart> &parts) { return multipartBody(parts, b); };
    QTest::newRow("no file") << ct << body({field("user", "u")}) << 400 << QStringLiteral("no_file_uploaded");
    QTest::newRow("two files") << ct
                               << body({filePart("file", "a.txt", "a"), filePart("file", "b.txt", "b"),
                                        field("user", "u")})
                               << 400 << QStringLiteral("too_many_files");
    QTest::newRow("too large") << ct
                               << body({filePart("file", "a.txt", QByteArray(150 * 1024, 'a')),
                                        field("user", "u")})
                               << 413 << QStringLiteral("file_too_large");
    QTest::newRow("unsupported") << ct << body({filePart("file", "tool.exe", "MZ"), field("user", "u")})
                                 << 415 << QStringLiteral("unsupported_file_type");
    QTest::newRow("no extension") << ct << body({filePart("file", "README", "x"), field("user", "u")}) << 415
                                  << QStringLiteral("unsupported_file_type");
    QTest::newRow("no user") << ct << body({filePart("file", "a.txt", "a")}) << 400
                             << QStringLiteral("invalid_param");
    QTest::newRow("bad multipart") << ct << QByteArray("--BB\r\nno headers end") << 400
                                   << QStringLiteral("no_file_uploaded");
    QTest::newRow("not multipart") << QByteArray("application/json") << QByteArray("{}") << 400
                                   << QStringLiteral("no_file_uploaded");
}

void TestSandboxAssistant::errors()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    Headers headers = auth();
    headers.append(qMakePair(QByteArray("Content-Type"), contentType));
    const HttpResult r = send(m_nam, "POST", uploadUrl(), headers, body);
    QCOMPARE(r.status, status);
    const QJsonObject o = r.object();
    QCOMPARE(o.value(QStringLiteral("code")).toString(), code);
    QCOMPARE(o.value(QStringLiteral("status")).toInt(), status);
    QVERIFY(!o.value(QStringLiteral("message")).toString().isEmpty());
}

void TestSandboxAssistant::pathInFileNameIsStripped()
{
    const HttpResult r = postMultipart(
        m_nam, uploadUrl(), {filePart("file", "../../etc/passwd.txt", "x"), field("user", "u")}, auth());
    QCOMPARE(r.status, 201);
    QCOMPARE(r.object().value(QStringLiteral("name")).toString(), QStringLiteral("passwd.txt"));
    const HttpResult dots =
        postMultipart(m_nam, uploadUrl(), {filePart("file", "..", "x"), field("user", "u")}, auth());
    QCOMPARE(dots.status, 400);
    // Nothing was written outside the data folder's bodies.
    QVERIFY(!QFile::exists(QDir(m_sandbox->dataDir()).filePath(QStringLiteral("../etc/passwd.txt"))));
}

void TestSandboxAssistant::olderServerForm()
{
    QCOMPARE(m_sandbox->setFaults(m_nam, {{QStringLiteral("assistantMinimal"), true}}).status, 200);
    const HttpResult r =
        postMultipart(m_nam, uploadUrl(), {filePart("file", "old.txt", "x"), field("user", "u")}, auth());
    m_sandbox->setFaults(m_nam, {{QStringLiteral("assistantMinimal"), false}});
    QCOMPARE(r.status, 201);
    const QJsonObject o = r.object();
    QVERIFY(o.contains(QStringLiteral("created_at")));
    for (const char *key :
         {"preview_url", "source_url", "original_url", "user_id", "tenant_id", "conversation_id", "file_key"})
        QVERIFY2(!o.contains(QLatin1String(key)), key);
}

void TestSandboxAssistant::qhttpMultiPartIsUnderstood()
{
    // What a Qt client sends: QHttpMultiPart with its quoted boundary.
    auto *multi = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart file;
    file.setHeader(QNetworkRequest::ContentDispositionHeader,
                   QStringLiteral("form-data; name=\"file\"; filename=\"qt.txt\""));
    file.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("text/plain"));
    file.setBody("from QHttpMultiPart");
    QHttpPart user;
    user.setHeader(QNetworkRequest::ContentDispositionHeader, QStringLiteral("form-data; name=\"user\""));
    user.setBody("qt-user");
    multi->append(file);
    multi->append(user);
    QNetworkReply *reply = m_nam.post(makeRequest(uploadUrl(), auth()), multi);
    multi->setParent(reply);
    const HttpResult r = wait(reply);
    QCOMPARE(r.status, 201);
    QCOMPARE(r.object().value(QStringLiteral("name")).toString(), QStringLiteral("qt.txt"));
    QCOMPARE(r.object().value(QStringLiteral("size")).toInt(), 19);
}

QTEST_GUILESS_MAIN(TestSandboxAssistant)
#include "tst_sandboxassistant.moc"
