#pragma once

// A real squid with Basic authentication for the proxy tests, started by the test as a child
// process (`squid -N`) with its configuration, password file and logs in a temporary folder.
// Every proxied request is logged one per line as "<user> <method> <url> <status>".

#include <pwd.h>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

namespace recdesk::test {

class SquidProxy
{
public:
    ~SquidProxy() { stop(); }

    static QString squidProgram()
    {
        return QStandardPaths::findExecutable(QStringLiteral("squid"),
                                              {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
    }
    static QString basicAuthHelper() { return QStringLiteral("/usr/lib/squid/basic_ncsa_auth"); }

    // Starts squid for one user; false with a sentence in *error.
    bool start(const QString &user, const QString &password, QString *error)
    {
        if (!m_dir.isValid()) {
            *error = QStringLiteral("no temporary folder");
            return false;
        }
        // squid started as root drops to cache_effective_user, which must be able to read the
        // password file and write the logs: as root that is "proxy" (Debian's squid user), who
        // gets the folder; otherwise squid stays the user it was started as.
        const bool root = ::geteuid() == 0;
        QString effectiveUser;
        if (root) {
            const passwd *pw = ::getpwnam("proxy");
            if (!pw) {
                *error =
                    QStringLiteral("running as root, but there is no user \"proxy\" for squid to run as");
                return false;
            }
            effectiveUser = QStringLiteral("proxy");
            if (::chown(QFile::encodeName(m_dir.path()).constData(), pw->pw_uid, pw->pw_gid) != 0) {
                *error = QStringLiteral("could not give the temporary folder to user proxy");
                return false;
            }
        } else {
            const passwd *pw = ::getpwuid(::geteuid());
            effectiveUser = pw ? QString::fromLocal8Bit(pw->pw_name) : QString();
        }
        if (!writePasswordFile(user, password, error))
            return false;
        m_port = freeLoopbackPort();
        const QString conf = path(QStringLiteral("squid.conf"));
        QFile f(conf);
        if (!f.open(QIODevice::WriteOnly)) {
            *error = QStringLiteral("could not write ") + conf;
            return false;
        }
        QString text = QStringLiteral("http_port 127.0.0.1:%1\n"
                                      "pid_filename %2\n"
                                      "cache_log %3\n"
                                      "logformat recdesk %un %rm %ru %>Hs\n"
                                      "access_log stdio:%4 recdesk\n"
                                      "buffered_logs off\n"
                                      "strip_query_terms off\n"
                                      "cache deny all\n"
                                      "cache_mem 8 MB\n"
                                      "shutdown_lifetime 1 seconds\n"
                                      "auth_param basic program %5 %6\n"
                                      "auth_param basic realm recdesk-test\n"
                                      "auth_param basic children 2\n"
                                      "acl authenticated proxy_auth REQUIRED\n"
                                      "acl loopback_servers dst 127.0.0.1/32\n"
                                      "http_access deny !authenticated\n"
                                      "http_access allow loopback_servers\n"
                                      "http_access deny all\n")
                           .arg(m_port)
                           .arg(path(QStringLiteral("squid.pid")), path(QStringLiteral("cache.log")),
                                accessLogPath(), basicAuthHelper(), path(QStringLiteral("passwd")));
        if (!effectiveUser.isEmpty())
            text += QStringLiteral("cache_effective_user %1\n").arg(effectiveUser);
        f.write(text.toUtf8());
        f.close();

        // squid runs under a small shell that ends it when the test process is gone, so that a
        // test that crashes leaves no squid behind (squid changes its user when started as root,
        // which clears a parent-death signal, so the kernel cannot do it).
        m_process.setProgram(QStringLiteral("/bin/sh"));
        m_process.setArguments(
            {QStringLiteral("-c"),
             QStringLiteral(
                 "\"$0\" -N -f \"$1\" & squid=$!\n"
                 "trap 'kill $squid 2>/dev/null; wait $squid; exit 0' TERM\n"
                 "while kill -0 \"$2\" 2>/dev/null && kill -0 $squid 2>/dev/null; do sleep 0.5; done\n"
                 "kill $squid 2>/dev/null; wait $squid\n"),
             squidProgram(), conf, QString::number(QCoreApplication::applicationPid())});
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start();
        if (!m_process.waitForStarted(10000)) {
            *error = QStringLiteral("squid did not start: ") + m_process.errorString();
            return false;
        }
        const QDeadlineTimer deadline(20000);
        while (!deadline.hasExpired()) {
            if (m_process.state() != QProcess::Running) {
                *error = QStringLiteral("squid stopped at once: ") +
                         QString::fromLocal8Bit(m_process.readAll()) + cacheLogTail();
                return false;
            }
            QTcpSocket probe;
            probe.connectToHost(QStringLiteral("127.0.0.1"), m_port);
            if (probe.waitForConnected(200))
                return true;
            QTest::qWait(100);
        }
        *error = QStringLiteral("squid did not listen within 20 s: ") + cacheLogTail();
        return false;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(2000);
        }
    }

    quint16 port() const { return m_port; }
    QString address() const { return QStringLiteral("127.0.0.1:%1").arg(m_port); }
    QString accessLogPath() const { return path(QStringLiteral("access.log")); }

    // The access log's lines, split in fields: user, method, url, status.
    QList<QStringList> accessLog() const
    {
        QList<QStringList> lines;
        QFile f(accessLogPath());
        if (!f.open(QIODevice::ReadOnly))
            return lines;
        for (const QByteArray &line : f.readAll().split('\n'))
            if (!line.trimmed().isEmpty())
                lines.append(QString::fromUtf8(line).split(QLatin1Char(' '), Qt::SkipEmptyParts));
        return lines;
    }

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }

    static quint16 freeLoopbackPort()
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost, 0);
        return server.serverPort();
    }

    // An Apache MD5 (apr1) hash, which basic_ncsa_auth reads, made by openssl.
    bool writePasswordFile(const QString &user, const QString &password, QString *error)
    {
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("passwd"), QStringLiteral("-apr1"), QStringLiteral("-stdin")});
        if (!openssl.waitForStarted(10000)) {
            *error = QStringLiteral("openssl is not installed (packaging/linux/ensure-deps.sh installs it)");
            return false;
        }
        openssl.write(password.toUtf8() + '\n');
        openssl.closeWriteChannel();
        openssl.waitForFinished(10000);
        const QByteArray hash = openssl.readAllStandardOutput().trimmed();
        if (openssl.exitCode() != 0 || !hash.startsWith("$apr1$")) {
            *error = QStringLiteral("openssl passwd -apr1 failed");
            return false;
        }
        QFile f(path(QStringLiteral("passwd")));
        if (!f.open(QIODevice::WriteOnly)) {
            *error = QStringLiteral("could not write the password file");
            return false;
        }
        f.write(user.toUtf8() + ':' + hash + '\n');
        return true;
    }

    QString cacheLogTail() const
    {
        QFile f(path(QStringLiteral("cache.log")));
        if (!f.open(QIODevice::ReadOnly))
            return QString();
        return QStringLiteral("\ncache.log: ") + QString::fromLocal8Bit(f.readAll().right(2000));
    }

    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace recdesk::test
