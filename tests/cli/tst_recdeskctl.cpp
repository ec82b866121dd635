// recdeskctl as scripts use it: exit codes, table and JSON output, messages on stderr, --demo,
// and --profile with secrets from the environment, against the sandbox on loopback.

#include "review/reviewstore.h"
#include "sandboxfixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QProcess>
#include <QSaveFile>
#include <QTcpServer>
#include <QTimeZone>
#include <QtTest>

using namespace recdesk::test;
using recdesk::ReviewState;
using recdesk::ReviewStore;
using recdesk::ReviewSubject;

namespace {
struct Run
{
    int code = -1;
    QByteArray out;
    QString err;
};
} // namespace

class TestRecdeskctl : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(QStringLiteral(RECDESKCTL_PATH)));
        QVERIFY(m_home.isValid());
        QVERIFY(m_sandbox.start(false, 8, 6));
    }

    void versionHelpAndUsageErrors()
    {
        Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith("recdeskctl "));
        QCOMPARE(run({QStringLiteral("--help")}).code, 0);
        QCOMPARE(run({}).code, 2);
        QCOMPARE(run({QStringLiteral("--demo"), QStringLiteral("files")}).code, 2);
        QCOMPARE(run({QStringLiteral("--demo"), QStringLiteral("upload"), QStringLiteral("x.wav")}).code, 2);
        r = run(demo({QStringLiteral("files"), QStringLiteral("show"), QStringLiteral("not-an-id")}));
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("is not an id")));
    }

    void listsAsTableAndJson()
    {
        Run r = run(demo({QStringLiteral("--json"), QStringLiteral("recordings"), QStringLiteral("list"),
                          QStringLiteral("--limit"), QStringLiteral("4")}));
        QCOMPARE(r.code, 0);
        const QJsonArray array = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(array.size(), 4);
        QVERIFY(!array.first().toObject().value(QStringLiteral("id")).toString().isEmpty());
        r = run(demo({QStringLiteral("files"), QStringLiteral("list")}));
        QCOMPARE(r.code, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QVERIFY(lines.first().startsWith("ID"));
        QVERIFY(lines.size() > 2);
    }

    void listsAndShowsWhoAndWhat()
    {
        Run r = run(demo({QStringLiteral("--json"), QStringLiteral("recordings"), QStringLiteral("list")}));
        QCOMPARE(r.code, 0);
        const QJsonArray array = QJsonDocument::fromJson(r.out).array();
        QVERIFY(!array.isEmpty());
        int calls = 0, named = 0;
        QString callRecording;
        for (const QJsonValue &v : array) {
            const QJsonObject o = v.toObject();
            // Every recording has the three objects; a conference also its own.
            QVERIFY(o.value(QStringLiteral("agent")).isObject());
            QVERIFY(o.value(QStringLiteral("customer")).isObject());
            QVERIFY(o.contains(QStringLiteral("call")));
            const QJsonObject agent = o.value(QStringLiteral("agent")).toObject();
            if (agent.value(QStringLiteral("username")).isString())
                ++named;
            if (o.value(QStringLiteral("reference_type")).toString() == QLatin1String("call")) {
                ++calls;
                const QJsonObject call = o.value(QStringLiteral("call")).toObject();
                QCOMPARE(call.value(QStringLiteral("id")).toString(),
                         o.value(QStringLiteral("reference_id")).toString());
                const QString direction = call.value(QStringLiteral("direction")).toString();
                QVERIFY2(direction == QLatin1String("incoming") || direction == QLatin1String("outgoing"),
                         qPrintable(direction));
                // A number, or for an extension (whose target is an id) at least a name.
                const QJsonObject customer = o.value(QStringLiteral("customer")).toObject();
                QVERIFY(customer.value(QStringLiteral("number")).isString() ||
                        customer.value(QStringLiteral("name")).isString());
                if (o.value(QStringLiteral("status")).toString() == QLatin1String("ended") &&
                    agent.value(QStringLiteral("username")).isString())
                    callRecording = o.value(QStringLiteral("id")).toString();
            } else {
                QVERIFY(o.value(QStringLiteral("call")).isNull());
                QVERIFY(o.value(QStringLiteral("conference")).isObject());
            }
        }
        QVERIFY(calls > 0);
        QVERIFY(named > 0);
        QVERIFY(!callRecording.isEmpty());

        // The table has the columns; --no-lookup leaves the objects out (and sends no look-up).
        r = run(demo({QStringLiteral("recordings"), QStringLiteral("list")}));
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith("ID"));
        QVERIFY(r.out.left(r.out.indexOf('\n')).contains("AGENT"));
        QVERIFY(r.out.left(r.out.indexOf('\n')).contains("OUTCOME"));
        r = run(demo({QStringLiteral("--json"), QStringLiteral("--no-lookup"), QStringLiteral("recordings"),
                      QStringLiteral("show"), callRecording}));
        QCOMPARE(r.code, 0);
        QVERIFY(!QJsonDocument::fromJson(r.out).object().contains(QStringLiteral("agent")));
        r = run(demo(
            {QStringLiteral("--json"), QStringLiteral("recordings"), QStringLiteral("show"), callRecording}));
        QCOMPARE(r.code, 0);
        const QJsonObject shown = QJsonDocument::fromJson(r.out).object();
        QVERIFY(shown.value(QStringLiteral("agent")).toObject().value(QStringLiteral("username")).isString());

        // send-to-analytics pre-fills the metadata from the call and the agent; what is given wins.
        // Against the test's own sandbox (a profile), whose admin endpoint says what it was sent.
        const recdesk::sandbox::SandboxHost &host = *m_sandbox.host();
        QCOMPARE(run({QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("whowhat"),
                      QStringLiteral("platform-url=") + host.platformBaseUrl().toString(),
                      QStringLiteral("auth=accesskey"),
                      QStringLiteral("analytics-url=") + host.analyticsBaseUrl().toString(),
                      QStringLiteral("client-id=") + m_sandbox.credentials().analyticsClientId})
                     .code,
                 0);
        QProcessEnvironment env;
        env.insert(QStringLiteral("RECDESK_PLATFORM_ACCESS_KEY"), m_sandbox.credentials().accessKey);
        env.insert(QStringLiteral("RECDESK_ANALYTICS_CLIENT_SECRET"),
                   m_sandbox.credentials().analyticsClientSecret);
        const QStringList profile{QStringLiteral("--profile"), QStringLiteral("whowhat")};
        r = run(profile + QStringList{QStringLiteral("--json"), QStringLiteral("recordings"),
                                      QStringLiteral("list")},
                env);
        QCOMPARE(r.code, 0);
        QJsonObject target;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("status")).toString() == QLatin1String("ended") &&
                o.value(QStringLiteral("call")).isObject() &&
                o.value(QStringLiteral("agent")).toObject().value(QStringLiteral("username")).isString()) {
                target = o;
                break;
            }
        }
        QVERIFY(!target.isEmpty());
        const QString id = target.value(QStringLiteral("id")).toString();
        r = run(profile + QStringList{QStringLiteral("send-to-analytics"), id, QStringLiteral("--phone"),
                                      QStringLiteral("+15550001111")},
                env);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject sent = m_sandbox
                                     .admin("GET", QStringLiteral("/_sandbox/analytics-metadata?fileName=") +
                                                       id + QStringLiteral(".wav"))
                                     .object();
        const QJsonObject call = target.value(QStringLiteral("call")).toObject();
        QCOMPARE(sent.value(QStringLiteral("CallDirection")).toString(),
                 call.value(QStringLiteral("direction")).toString() == QLatin1String("incoming")
                     ? QStringLiteral("Inbound")
                     : QStringLiteral("Outbound"));
        QCOMPARE(sent.value(QStringLiteral("Phone")).toString(), QStringLiteral("+15550001111"));
        QCOMPARE(
            sent.value(QStringLiteral("AgentCode")).toString(),
            target.value(QStringLiteral("agent")).toObject().value(QStringLiteral("username")).toString());
        QCOMPARE(sent.value(QStringLiteral("ClientCallId")).toString(),
                 call.value(QStringLiteral("id")).toString());
        QVERIFY(!sent.value(QStringLiteral("InteractionDate")).toString().isEmpty());

        // With --no-lookup nothing comes from the call.
        r = run(profile + QStringList{QStringLiteral("send-to-analytics"), QStringLiteral("--no-lookup"), id,
                                      QStringLiteral("--file-name"), QStringLiteral("bare.wav")},
                env);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject bare =
            m_sandbox.admin("GET", QStringLiteral("/_sandbox/analytics-metadata?fileName=bare.wav")).object();
        QVERIFY(bare.contains(QStringLiteral("FileName")));
        QVERIFY(!bare.contains(QStringLiteral("AgentCode")));
        QVERIFY(!bare.contains(QStringLiteral("CallDirection")));
        QCOMPARE(run({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("whowhat")}).code,
                 0);
    }

    void listsADayRangeOnTheServersCursor()
    {
        Run r = run(demo({QStringLiteral("--json"), QStringLiteral("--no-lookup"),
                          QStringLiteral("recordings"), QStringLiteral("list")}));
        QCOMPARE(r.code, 0);
        const QJsonArray all = QJsonDocument::fromJson(r.out).array();
        QVERIFY(all.size() > 3);
        // The days of the second and third newest items: the range lists what the whole list has
        // on those local days, in the same order.
        QList<QDate> days;
        for (const QJsonValue &v : all) {
            QString created = v.toObject().value(QStringLiteral("tm_create")).toString();
            created.replace(QLatin1Char(' '), QLatin1Char('T'));
            QDateTime t = QDateTime::fromString(created.left(19), Qt::ISODate);
            t.setTimeZone(QTimeZone::utc());
            days.append(t.toLocalTime().date());
        }
        const QDate first = days.at(all.size() - 2);
        const QDate last = days.at(1);
        QStringList expected;
        for (int i = 0; i < all.size(); ++i) {
            if (days.at(i) >= first && days.at(i) <= last)
                expected.append(all.at(i).toObject().value(QStringLiteral("id")).toString());
        }
        r = run(demo({QStringLiteral("--json"), QStringLiteral("--no-lookup"), QStringLiteral("recordings"),
                      QStringLiteral("list"), QStringLiteral("--from"), first.toString(Qt::ISODate),
                      QStringLiteral("--to-day"), last.toString(Qt::ISODate)}));
        QCOMPARE(r.code, 0);
        QStringList listed;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array())
            listed.append(v.toObject().value(QStringLiteral("id")).toString());
        QVERIFY(!expected.isEmpty() && expected.size() < all.size());
        QCOMPARE(listed, expected);
        // Bad days are usage errors with a sentence.
        r = run(demo({QStringLiteral("recordings"), QStringLiteral("list"), QStringLiteral("--from"),
                      QStringLiteral("24/11/2026")}));
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("YYYY-MM-DD")));
        r = run(
            demo({QStringLiteral("recordings"), QStringLiteral("list"), QStringLiteral("--from"),
                  QStringLiteral("2026-11-25"), QStringLiteral("--to-day"), QStringLiteral("2026-11-24")}));
        QCOMPARE(r.code, 2);
    }

    // `show` reads like `list`: RFC 3339 times, nothing for what has not happened (the 9999
    // sentinel) or is not set (the nil id); --json keeps the documented wire form.
    void showReadsLikeList()
    {
        const QByteArray nil = "00000000-0000-0000-0000-000000000000";
        for (const QString &kind : {QStringLiteral("recordings"), QStringLiteral("files")}) {
            Run r = run(demo({QStringLiteral("--json"), QStringLiteral("--no-lookup"), kind,
                              QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("1")}));
            QCOMPARE(r.code, 0);
            const QJsonObject listed = QJsonDocument::fromJson(r.out).array().first().toObject();
            const QString id = listed.value(QStringLiteral("id")).toString();
            r = run(demo(
                {QStringLiteral("--json"), QStringLiteral("--no-lookup"), kind, QStringLiteral("show"), id}));
            QCOMPARE(r.code, 0);
            const QJsonObject wire = QJsonDocument::fromJson(r.out).object();
            QCOMPARE(wire.value(QStringLiteral("tm_create")), listed.value(QStringLiteral("tm_create")));
            // The wire form (docs/CLI.md): the live item has not been deleted.
            QCOMPARE(wire.value(QStringLiteral("tm_delete")).toString(),
                     QStringLiteral("9999-01-01 00:00:00.000000"));

            r = run(demo({QStringLiteral("--no-lookup"), kind, QStringLiteral("show"), id}));
            QCOMPARE(r.code, 0);
            QVERIFY2(!r.out.contains("9999-01-01"), r.out.constData());
            QVERIFY2(!r.out.contains(nil), r.out.constData());
            QHash<QString, QString> shown;
            for (const QByteArray &line : r.out.trimmed().split('\n')) {
                const int colon = int(line.indexOf(':'));
                QVERIFY(colon > 0);
                shown.insert(QString::fromUtf8(line.left(colon)),
                             QString::fromUtf8(line.mid(colon + 1)).trimmed());
            }
            QCOMPARE(shown.value(QStringLiteral("id")), id);
            QVERIFY(shown.contains(QStringLiteral("tm_delete")));
            QVERIFY(shown.value(QStringLiteral("tm_delete")).isEmpty());
            // The documented "2024-05-27 07:55:16.515315" (UTC) as list writes it.
            QString created = wire.value(QStringLiteral("tm_create")).toString();
            created.replace(QLatin1Char(' '), QLatin1Char('T'));
            QCOMPARE(shown.value(QStringLiteral("tm_create")), created + QLatin1Char('Z'));
            for (auto it = wire.begin(); it != wire.end(); ++it) {
                if (it.value().toString() == QLatin1String(nil))
                    QVERIFY2(shown.value(it.key()).isEmpty(), qPrintable(it.key()));
            }
            if (kind == QLatin1String("recordings")) {
                // The same start as the list's STARTED column.
                r = run(demo({QStringLiteral("--no-lookup"), kind, QStringLiteral("list"),
                              QStringLiteral("--limit"), QStringLiteral("1")}));
                QCOMPARE(r.code, 0);
                QVERIFY2(r.out.contains(shown.value(QStringLiteral("tm_start")).toUtf8()), r.out.constData());
            }
        }
    }

    // The GUI's "refresh the list" has no list to refresh here: the sentence names the id asked for.
    void notFoundIsExitFourAndNamesTheId()
    {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        for (const QString &kind : {QStringLiteral("files"), QStringLiteral("recordings")}) {
            const QString what = kind == QLatin1String("files") ? QStringLiteral("No file with id ")
                                                                : QStringLiteral("No recording with id ");
            Run r = run(demo({kind, QStringLiteral("show"), id}));
            QCOMPARE(r.code, 4);
            QVERIFY2(r.err.startsWith(what + id + QStringLiteral(" on the platform (request id ")),
                     qPrintable(r.err));
            QVERIFY2(!r.err.contains(QStringLiteral("refresh")), qPrintable(r.err));
            QVERIFY(r.out.isEmpty());
            // A download names the file it would have written, then the same sentence.
            r = run(demo({kind, QStringLiteral("download"), id, QStringLiteral("--to"),
                          m_home.filePath(QStringLiteral("missing"))}));
            QCOMPARE(r.code, 4);
            QVERIFY2(r.err.contains(QStringLiteral(": ") + what + id + QStringLiteral(" on the platform")),
                     qPrintable(r.err));
            QVERIFY2(!r.err.contains(QStringLiteral("refresh")), qPrintable(r.err));
            r = run(demo({kind, QStringLiteral("delete"), id}));
            QCOMPARE(r.code, 4);
            QVERIFY2(r.err.contains(what + id), qPrintable(r.err));
        }
    }

    void downloadsWithoutOverwriting()
    {
        const Run list = run(demo({QStringLiteral("--json"), QStringLiteral("files"), QStringLiteral("list"),
                                   QStringLiteral("--limit"), QStringLiteral("1")}));
        const QJsonObject file = QJsonDocument::fromJson(list.out).array().first().toObject();
        const QString id = file.value(QStringLiteral("id")).toString();
        const QString dir = m_home.filePath(QStringLiteral("downloads"));
        Run r = run(demo({QStringLiteral("--json"), QStringLiteral("files"), QStringLiteral("download"), id,
                          QStringLiteral("--to"), dir}));
        QCOMPARE(r.code, 0);
        const QString first = QJsonDocument::fromJson(r.out)
                                  .array()
                                  .first()
                                  .toObject()
                                  .value(QStringLiteral("path"))
                                  .toString();
        QCOMPARE(QFileInfo(first).size(), qint64(file.value(QStringLiteral("filesize")).toDouble()));
        r = run(demo({QStringLiteral("--json"), QStringLiteral("files"), QStringLiteral("download"), id,
                      QStringLiteral("--to"), dir}));
        QCOMPARE(r.code, 0);
        const QString second = QJsonDocument::fromJson(r.out)
                                   .array()
                                   .first()
                                   .toObject()
                                   .value(QStringLiteral("path"))
                                   .toString();
        QVERIFY(first != second);
        QCOMPARE(sha(first), sha(second));
    }

    // A recording still being made cannot be downloaded (409): exit 6 and a sentence, not the
    // server's text behind "HTTP 409".
    void downloadOfARecordingNotEndedIsASentence()
    {
        Run r = run(demo({QStringLiteral("--json"), QStringLiteral("--no-lookup"),
                          QStringLiteral("recordings"), QStringLiteral("list")}));
        QCOMPARE(r.code, 0);
        QString live;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array()) {
            if (v.toObject().value(QStringLiteral("status")).toString() != QLatin1String("ended")) {
                live = v.toObject().value(QStringLiteral("id")).toString();
                break;
            }
        }
        QVERIFY(!live.isEmpty());
        r = run(demo({QStringLiteral("recordings"), QStringLiteral("download"), live, QStringLiteral("--to"),
                      m_home.filePath(QStringLiteral("live"))}));
        QCOMPARE(r.code, 6);
        QVERIFY2(
            r.err.contains(QStringLiteral(": This recording has not ended yet: its audio can be downloaded")),
            qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("HTTP 409")), qPrintable(r.err));
    }

    void uploadsAndValidatesMetadata()
    {
        const QString wav = m_home.filePath(QStringLiteral("call.wav"));
        QFile f(wav);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("RIFF") + QByteArray(8000, '\1'));
        f.close();
        Run r = run(demo({QStringLiteral("upload"), QStringLiteral("--to"), QStringLiteral("analytics"), wav,
                          QStringLiteral("--locale"), QStringLiteral("77")}));
        QCOMPARE(r.code, 6);
        QVERIFY(r.err.contains(QStringLiteral("LocaleId")));
        QFile meta(m_home.filePath(QStringLiteral("meta.json")));
        QVERIFY(meta.open(QIODevice::WriteOnly));
        meta.write(QJsonDocument(QJsonObject{{QStringLiteral("FileName"),
                                              QStringLiteral("cli/%1.wav")
                                                  .arg(QUuid::createUuid().toString(QUuid::WithoutBraces))},
                                             {QStringLiteral("AgentCode"), QStringLiteral("A9")}})
                       .toJson());
        meta.close();
        r = run(demo({QStringLiteral("--json"), QStringLiteral("upload"), QStringLiteral("--to"),
                      QStringLiteral("analytics"), wav, QStringLiteral("--metadata"), meta.fileName()}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(!QJsonDocument::fromJson(r.out)
                     .array()
                     .first()
                     .toObject()
                     .value(QStringLiteral("result"))
                     .toObject()
                     .value(QStringLiteral("Id"))
                     .toString()
                     .isEmpty());
        r = run(demo({QStringLiteral("--json"), QStringLiteral("upload"), QStringLiteral("--to"),
                      QStringLiteral("platform"), wav}));
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out)
                     .array()
                     .first()
                     .toObject()
                     .value(QStringLiteral("result"))
                     .toObject()
                     .value(QStringLiteral("filesize"))
                     .toInt(),
                 8004);
        r = run(demo({QStringLiteral("upload"), QStringLiteral("--to"), QStringLiteral("assistant"),
                      m_home.filePath(QStringLiteral("missing.wav"))}));
        QCOMPARE(r.code, 6);
        // The type follows the extension (there is no option for it): a .txt is told which
        // extensions are allowed, and nothing about choosing a type.
        QFile text(m_home.filePath(QStringLiteral("notes.txt")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("hello");
        text.close();
        r = run(demo({QStringLiteral("upload"), QStringLiteral("--to"), QStringLiteral("analytics"),
                      text.fileName()}));
        QCOMPARE(r.code, 6);
        QVERIFY2(r.err.startsWith(
                     QStringLiteral("FileName: The extension \".txt\" is not allowed: use one of .wav")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral(".tar, .zip (Chat)")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("Upload type")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1Char('\n')), qPrintable(r.err)); // one sentence
    }

    void profileWithSecretsFromTheEnvironment()
    {
        const QString url = m_sandbox.host()->platformBaseUrl().toString();
        QCOMPARE(run({QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("ci"),
                      QStringLiteral("platform-url=") + url, QStringLiteral("auth=accesskey")})
                     .code,
                 0);
        Run r = run({QStringLiteral("--json"), QStringLiteral("profile"), QStringLiteral("list")});
        QCOMPARE(QJsonDocument::fromJson(r.out)
                     .array()
                     .first()
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("ci"));
        QProcessEnvironment env;
        env.insert(QStringLiteral("RECDESK_PLATFORM_ACCESS_KEY"), m_sandbox.credentials().accessKey);
        r = run({QStringLiteral("--profile"), QStringLiteral("ci"), QStringLiteral("recordings"),
                 QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("2")},
                env);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // The secret never shows in the settings file.
        QDirIterator it(m_home.filePath(QStringLiteral("config")), QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile settings(it.next());
            if (settings.open(QIODevice::ReadOnly))
                QVERIFY(!settings.readAll().contains(m_sandbox.credentials().accessKey.toUtf8()));
        }
        env.insert(QStringLiteral("RECDESK_PLATFORM_ACCESS_KEY"), QStringLiteral("wrong"));
        r = run({QStringLiteral("--profile"), QStringLiteral("ci"), QStringLiteral("recordings"),
                 QStringLiteral("list")},
                env);
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QStringLiteral("did not accept the credentials")), qPrintable(r.err));
        QCOMPARE(run({QStringLiteral("--profile"), QStringLiteral("nope"), QStringLiteral("files"),
                      QStringLiteral("list")})
                     .code,
                 2);
    }

    // An address that could never be reached is refused by profile set (2, and what is wrong);
    // a server nobody answers on is named with its port when it is used.
    void profileSetRefusesUnusableAddresses()
    {
        const QString profile = QStringLiteral("bad3");
        struct Case
        {
            QString setting;
            QString why;
        };
        const QList<Case> cases{
            {QStringLiteral("platform-url=htp:/nonsense"),
             QStringLiteral("the scheme must be http or https and a host is required")},
            {QStringLiteral("platform-url=ftp://files.example.com/v1.0"),
             QStringLiteral("the scheme must be http or https, not \"ftp\"")},
            {QStringLiteral("analytics-url=https://"), QStringLiteral("a host is required")},
            {QStringLiteral("assistant-url=api.example.com"),
             QStringLiteral("the scheme must be http or https and a host is required")},
        };
        for (const Case &c : cases) {
            const Run r = run({QStringLiteral("profile"), QStringLiteral("set"), profile, c.setting});
            QCOMPARE(r.code, 2);
            const QString key = c.setting.left(c.setting.indexOf(QLatin1Char('=')));
            const QString value = c.setting.mid(c.setting.indexOf(QLatin1Char('=')) + 1);
            QVERIFY2(r.err.startsWith(key + QStringLiteral(" \"") + value +
                                      QStringLiteral("\" cannot be used: ") + c.why),
                     qPrintable(r.err));
        }
        Run r = run({QStringLiteral("--json"), QStringLiteral("profile"), QStringLiteral("list")});
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array())
            QVERIFY(v.toObject().value(QStringLiteral("name")).toString() != profile); // nothing saved
        // A port nobody listens on (taken, then let go): the connection is refused at once.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QString refused = QStringLiteral("127.0.0.1:%1").arg(closed.serverPort());
        closed.close();
        // Emptying an optional service is still fine.
        QCOMPARE(run({QStringLiteral("profile"), QStringLiteral("set"), profile,
                      QStringLiteral("platform-url=http://%1/v1.0").arg(refused),
                      QStringLiteral("auth=accesskey"), QStringLiteral("analytics-url=")})
                     .code,
                 0);
        QProcessEnvironment env;
        env.insert(QStringLiteral("RECDESK_PLATFORM_ACCESS_KEY"), QStringLiteral("key"));
        r = run({QStringLiteral("--profile"), profile, QStringLiteral("files"), QStringLiteral("list")}, env);
        QCOMPARE(r.code, 5);
        QVERIFY2(r.err.startsWith(QStringLiteral("Could not reach the platform at %1: ").arg(refused)),
                 qPrintable(r.err));
        QCOMPARE(run({QStringLiteral("profile"), QStringLiteral("remove"), profile}).code, 0);
    }

    void listingLoopsAndUnreadableListsAreErrors()
    {
        // 250 recordings: full pages of 100, so only the cursor can end the listing.
        SandboxFixture looping;
        QVERIFY(looping.start(false, 250, 5));
        QCOMPARE(run({QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("looping"),
                      QStringLiteral("platform-url=") + looping.host()->platformBaseUrl().toString(),
                      QStringLiteral("auth=accesskey")})
                     .code,
                 0);
        QProcessEnvironment env;
        env.insert(QStringLiteral("RECDESK_PLATFORM_ACCESS_KEY"), looping.credentials().accessKey);
        const QStringList list{QStringLiteral("--profile"), QStringLiteral("looping"),
                               QStringLiteral("recordings"), QStringLiteral("list")};
        Run r = run(list, env);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const int all = int(r.out.trimmed().split('\n').size()) - 1; // minus the header
        QVERIFY(all > 200);
        for (const QString &mode : {QStringLiteral("repeat"), QStringLiteral("forward")}) {
            looping.setFaults(QJsonObject{{QStringLiteral("pageTokens"), mode}});
            r = run(list, env);
            QCOMPARE(r.code, 9);
            QVERIFY2(r.err.contains(QStringLiteral("never end")), qPrintable(r.err));
            QVERIFY(r.out.isEmpty()); // no half list that looks whole
        }
        // A list that is not a list is an error, not an empty table.
        for (const QString &shape : {QStringLiteral("truncated"), QStringLiteral("resultObject")}) {
            looping.setFaults(
                QJsonObject{{QStringLiteral("pageTokens"), QString()}, {QStringLiteral("listShape"), shape}});
            r = run(list, env);
            QCOMPARE(r.code, 9);
            QVERIFY2(r.err.contains(QStringLiteral("cannot be read")), qPrintable(r.err));
            QVERIFY(r.out.isEmpty());
        }
        // Unreadable rows are left out, said, and given their own exit code; the rest is listed.
        looping.setFaults(QJsonObject{{QStringLiteral("listShape"), QStringLiteral("badRows")}});
        r = run(list, env);
        QCOMPARE(r.code, 10);
        QCOMPARE(int(r.out.trimmed().split('\n').size()) - 1, all);
        QVERIFY2(r.err.contains(QStringLiteral("could not be read and were left out")), qPrintable(r.err));
        // Names with terminal escapes, a bidi override, NUL and a line break: the table shows '?'
        // for each, one line per file; --json keeps them exactly, and valid.
        looping.setFaults(QJsonObject{{QStringLiteral("listShape"), QStringLiteral("escapes")}});
        const QStringList files{QStringLiteral("--profile"), QStringLiteral("looping"),
                                QStringLiteral("files"), QStringLiteral("list")};
        r = run(files, env);
        QCOMPARE(r.code, 0);
        QVERIFY(!r.out.contains('\x1b'));
        QVERIFY(!r.out.contains('\0'));
        QVERIFY(!r.out.contains("\u202E"));
        QVERIFY(r.out.contains("[2J?]0;pwned??txt.exe??x"));
        r = run(QStringList{QStringLiteral("--json")} + files, env);
        QCOMPARE(r.code, 0);
        QJsonParseError parseError;
        const QJsonArray exact = QJsonDocument::fromJson(r.out, &parseError).array();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QVERIFY(!exact.isEmpty());
        QVERIFY(exact.first()
                    .toObject()
                    .value(QStringLiteral("filename"))
                    .toString()
                    .endsWith(QStringLiteral("\x1b[2J\x1b]0;pwned\x07\u202Etxt.exe\n") + QChar(0) +
                              QStringLiteral("x")));
        looping.resetFaults();
        QCOMPARE(run(list, env).code, 0);
    }

    // reviews export: the store a profile's GUI keeps (seeded here at the path the CLI must use),
    // exported without network or sign-in.
    void exportsReviews()
    {
        const QString profile = QStringLiteral("Review team");
        // A platform nobody listens on: the export must not need it.
        QCOMPARE(run({QStringLiteral("profile"), QStringLiteral("set"), profile,
                      QStringLiteral("platform-url=http://127.0.0.1:9/v1.0")})
                     .code,
                 0);
        const QStringList exportArgs{QStringLiteral("--profile"), profile, QStringLiteral("reviews"),
                                     QStringLiteral("export")};
        const QByteArray header = "recording_id,call_id,agent,customer,start,offset,note,author,state\r\n";

        // Nothing reviewed yet: the header alone, and no database made for it.
        const QString storePath =
            m_home.filePath(QStringLiteral("data/Recdesk/Recdesk/reviews/")) +
            QString::fromLatin1(
                QCryptographicHash::hash(profile.toUtf8(), QCryptographicHash::Sha256).toHex().left(24)) +
            QStringLiteral(".sqlite");
        Run r = run(exportArgs);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out, header);
        QVERIFY(!QFile::exists(storePath));

        // Two recordings on two local days: one flagged with two notes, one reviewed without.
        const QUuid flagged = QUuid::fromString(u"aaaaaaaa-1111-4111-8111-000000000001");
        const QUuid reviewed = QUuid::fromString(u"bbbbbbbb-2222-4222-8222-000000000002");
        {
            ReviewStore store;
            QString error;
            QVERIFY2(store.open(storePath, &error), qPrintable(error));
            const ReviewSubject a{flagged, QStringLiteral("call-1"), QStringLiteral("agent1"),
                                  QStringLiteral("Ana, García"), QDateTime(QDate(2026, 3, 2), QTime(12, 0))};
            const ReviewSubject b{reviewed, QStringLiteral("call-2"), QStringLiteral("agent2"), QString(),
                                  QDateTime(QDate(2026, 3, 3), QTime(12, 0))};
            QVERIFY(store.setState(a, ReviewState::Flagged));
            QVERIFY(store.addNote(a, 1250, QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("lead")) > 0);
            QVERIFY(store.addNote(a, 90000, QStringLiteral("closing, \"fine\""), QStringLiteral("lead")) > 0);
            QVERIFY(store.setState(b, ReviewState::Reviewed));
        }

        r = run(exportArgs);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.startsWith(header));
        const QList<QByteArray> lines = r.out.split('\n');
        QCOMPARE(lines.size(), 5); // header, three rows, and the empty rest after the last CRLF
        QVERIFY(
            lines.at(1).startsWith("aaaaaaaa-1111-4111-8111-000000000001,call-1,agent1,\"Ana, García\","));
        QVERIFY(lines.at(1).endsWith(",1.250,'=cmd|' /C calc'!A0,lead,flagged\r"));
        QVERIFY(lines.at(2).endsWith(",90.000,\"closing, \"\"fine\"\"\",lead,flagged\r"));
        QVERIFY(lines.at(3).startsWith("bbbbbbbb-2222-4222-8222-000000000002,call-2,agent2,,"));
        QVERIFY(lines.at(3).endsWith(",,,,reviewed\r"));

        // Filters: a state, a day.
        r = run(exportArgs + QStringList{QStringLiteral("--state"), QStringLiteral("reviewed")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.count('\n'), 2);
        QVERIFY(r.out.contains("bbbbbbbb-2222"));
        r = run(exportArgs + QStringList{QStringLiteral("--from"), QStringLiteral("2026-03-02"),
                                         QStringLiteral("--to-day"), QStringLiteral("2026-03-02")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.count('\n'), 3);
        QVERIFY(!r.out.contains("bbbbbbbb-2222"));
        r = run(exportArgs + QStringList{QStringLiteral("--state"), QStringLiteral("not-reviewed")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, header);

        // JSON, by --format or --json: the exact text, the profile named.
        for (const QStringList &json : {QStringList{QStringLiteral("--format"), QStringLiteral("json")},
                                        QStringList{QStringLiteral("--json")}}) {
            r = run(json + exportArgs);
            QVERIFY2(r.code == 0, qPrintable(r.err));
            QJsonParseError parseError;
            const QJsonObject root = QJsonDocument::fromJson(r.out, &parseError).object();
            QCOMPARE(parseError.error, QJsonParseError::NoError);
            QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("recdesk-reviews"));
            QCOMPARE(root.value(QStringLiteral("profile")).toString(), profile);
            const QJsonArray reviews = root.value(QStringLiteral("reviews")).toArray();
            QCOMPARE(reviews.size(), 3);
            QCOMPARE(reviews.at(0).toObject().value(QStringLiteral("note")).toString(),
                     QStringLiteral("=cmd|' /C calc'!A0"));
            QCOMPARE(reviews.at(0).toObject().value(QStringLiteral("offset")).toDouble(), 1.25);
        }

        // --output: the same bytes in the file, nothing on standard output.
        const QString file = m_home.filePath(QStringLiteral("exports/reviews.csv"));
        QVERIFY(QDir().mkpath(QFileInfo(file).absolutePath()));
        const QByteArray stdoutExport = run(exportArgs).out;
        r = run(exportArgs + QStringList{QStringLiteral("--output"), file, QStringLiteral("--quiet")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), stdoutExport);

        // Usage errors: exit 2 and a sentence; an output that cannot be written: exit 8.
        r = run(exportArgs + QStringList{QStringLiteral("--format"), QStringLiteral("xml")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--format needs csv or json")), qPrintable(r.err));
        r = run(exportArgs + QStringList{QStringLiteral("--state"), QStringLiteral("done")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--state needs")), qPrintable(r.err));
        QCOMPARE(run({QStringLiteral("--json"), QStringLiteral("--format"), QStringLiteral("csv"),
                      QStringLiteral("reviews"), QStringLiteral("export")})
                     .code,
                 2);
        QCOMPARE(run({QStringLiteral("reviews"), QStringLiteral("list")}).code, 2);
        QCOMPARE(run({QStringLiteral("--profile"), QStringLiteral("nobody"), QStringLiteral("reviews"),
                      QStringLiteral("export")})
                     .code,
                 2);
        const QString unwritable = m_home.filePath(QStringLiteral("no/such/folder/reviews.csv"));
        r = run(exportArgs + QStringList{QStringLiteral("--output"), unwritable});
        QCOMPARE(r.code, 8);
        QVERIFY2(r.err.contains(QStringLiteral("could not be written")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFile::exists(unwritable));

        // A file that is not a review database: exit 6 and why (the newer schema is tst_reviewstore's).
        QFile::rename(storePath, storePath + QStringLiteral(".good"));
        {
            QSaveFile garbage(storePath);
            QVERIFY(garbage.open(QIODevice::WriteOnly));
            garbage.write(QByteArray(2048, 'z'));
            QVERIFY(garbage.commit());
        }
        r = run(exportArgs);
        QCOMPARE(r.code, 6);
        QVERIFY2(r.err.contains(QStringLiteral("is not a Recdesk review database")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QFile::remove(storePath);
        QFile::rename(storePath + QStringLiteral(".good"), storePath);

        // --demo: the demo's own reviews, beside its data; its export names no profile.
        const QString demoStore = m_home.filePath(QStringLiteral("demo/reviews.sqlite"));
        {
            ReviewStore store;
            QVERIFY(store.open(demoStore));
            QVERIFY(store.setState({QUuid::createUuid(), QString(), QString(), QString(), QDateTime()},
                                   ReviewState::Reviewed));
        }
        r = run(demo({QStringLiteral("--json"), QStringLiteral("reviews"), QStringLiteral("export")}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        QVERIFY(root.value(QStringLiteral("profile")).isNull());
        QCOMPARE(root.value(QStringLiteral("reviews")).toArray().size(), 1);
    }

private:
    QStringList demo(QStringList args) const
    {
        args.prepend(m_home.filePath(QStringLiteral("demo")));
        args.prepend(QStringLiteral("--demo-dir"));
        args.prepend(QStringLiteral("--demo"));
        return args;
    }
    Run run(const QStringList &args, const QProcessEnvironment &extra = QProcessEnvironment()) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // secrets come from the environment here
        for (const QString &k : extra.keys())
            env.insert(k, extra.value(k));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(RECDESKCTL_PATH), args);
        Run r;
        if (!p.waitForFinished(60000))
            return r;
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = QString::fromUtf8(p.readAllStandardError()).trimmed();
        return r;
    }
    static QByteArray sha(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return QByteArray();
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }

    QTemporaryDir m_home;
    SandboxFixture m_sandbox;
};

QTEST_GUILESS_MAIN(TestRecdeskctl)
#include "tst_recdeskctl.moc"
