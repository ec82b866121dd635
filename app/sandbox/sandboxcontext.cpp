#include "sandboxcontext.h"

#include "calldata.h"
#include "demodata.h"
#include "tokens.h"
#include "wavgenerator.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSaveFile>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

namespace recdesk::sandbox {

namespace {

// One leg of a recording archive: its name inside the ZIP and the file that holds its bytes.
struct ZipLeg
{
    QString name;
    QString sourcePath;
};

// The live platform's recording archive. Entries are stored (method 0, as WAV hardly
// compresses) and copied from their files in chunks, so long legs never sit in memory. CRC and
// sizes go in the local headers (no data descriptors, the file is seekable), and every entry has
// the same fixed date, so that the same recording always gives the same bytes: the signed URL's
// ETag is made from the id and length alone, and a resumed download must find the same file.
bool writeLegsZip(const QString &zipPath, const QList<ZipLeg> &legs)
{
    QuaZip zip(zipPath);
    zip.setUtf8Enabled(true);
    zip.setDataDescriptorWritingEnabled(false);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    QByteArray buffer(1 << 16, Qt::Uninitialized);
    bool ok = true;
    for (const ZipLeg &leg : legs) {
        QFile in(leg.sourcePath);
        QuaZipNewInfo info(leg.name);
        info.dateTime = QDateTime(QDate(1980, 1, 1), QTime(0, 0));
        QuaZipFile out(&zip);
        if (!in.open(QIODevice::ReadOnly) ||
            !out.open(QIODevice::WriteOnly, info, nullptr, 0, /*method*/ 0)) {
            ok = false;
            break;
        }
        for (qint64 n; ok && (n = in.read(buffer.data(), buffer.size())) > 0;)
            ok = out.write(buffer.constData(), n) == n;
        out.close();
        ok = ok && in.error() == QFileDevice::NoError && out.getZipError() == 0;
        if (!ok)
            break;
    }
    zip.close();
    return ok && zip.getZipError() == 0;
}

} // namespace

QString DemoIdentity::customerId()
{
    return QStringLiteral("5e4a0680-804e-11ec-8477-2fea5968d85b");
}

QString DemoIdentity::adminAgentId()
{
    return QStringLiteral("62005165-7592-4ff7-9076-55bf491023f2");
}

QString DemoIdentity::agentId()
{
    return QStringLiteral("a7c3e9d1-2b4f-4e6a-8c0d-9f1e2d3c4b5a");
}

QString DemoIdentity::tenantId()
{
    return QStringLiteral("11223344-5566-7788-99aa-bbccddeeff00");
}

SandboxContext::SandboxContext(const SandboxOptions &options, const DemoCredentials &credentials)
    : m_options(options)
    , m_credentials(credentials)
    , m_faults(Faults::fromOptions(options))
{}

namespace {

QByteArray randomKeyHex()
{
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(key.data()),
                                         reinterpret_cast<quint32 *>(key.data() + key.size()));
    return key.toHex();
}

} // namespace

bool SandboxContext::open(QString *error)
{
    QDir dir(m_options.dataDir);
    if (!dir.mkpath(QStringLiteral(".")) || !dir.mkpath(QStringLiteral("bodies/files")) ||
        !dir.mkpath(QStringLiteral("bodies/analytics")) || !dir.mkpath(QStringLiteral("bodies/assistant")) ||
        !dir.mkpath(QStringLiteral("cache"))) {
        if (error)
            *error = QStringLiteral("Cannot create the data folder %1").arg(m_options.dataDir);
        return false;
    }
    // Leftovers of an upload or a generation that was interrupted: never half a file.
    QDirIterator it(m_options.dataDir, {QStringLiteral("*.part")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        QFile::remove(it.next());

    if (!m_store.open(dir.filePath(QStringLiteral("sandbox.sqlite")), error))
        return false;
    // Keys live in the data folder so that tokens and signed URLs survive a restart.
    m_signingKey = m_store.meta(QStringLiteral("signing_key")).toLatin1();
    if (m_signingKey.isEmpty()) {
        m_signingKey = randomKeyHex();
        m_store.setMeta(QStringLiteral("signing_key"), QString::fromLatin1(m_signingKey));
    }
    m_tokenKey = m_store.meta(QStringLiteral("token_key")).toLatin1();
    if (m_tokenKey.isEmpty()) {
        m_tokenKey = randomKeyHex();
        m_store.setMeta(QStringLiteral("token_key"), QString::fromLatin1(m_tokenKey));
    }
    if (m_store.meta(QStringLiteral("seeded")).isEmpty()) {
        if (!seedDemoData(m_store, m_clock.nowUsec(), m_options.recordingCount, m_options.fileCount, error))
            return false;
        m_store.setMeta(QStringLiteral("seeded"), QStringLiteral("1"));
        m_store.setMeta(QStringLiteral("call_data"), QStringLiteral("1"));
    } else if (m_store.meta(QStringLiteral("call_data")).isEmpty()) {
        // A data folder seeded before calls, conferences and agents: its recordings get theirs.
        if (!m_store.transaction() || !addCallData(m_store, m_clock.nowUsec(), error) || !m_store.commit()) {
            m_store.rollback();
            if (error && error->isEmpty())
                *error = QStringLiteral("Cannot add calls, conferences and agents to the data folder");
            return false;
        }
        m_store.setMeta(QStringLiteral("call_data"), QStringLiteral("1"));
    }
    return true;
}

QString SandboxContext::origin() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

QString SandboxContext::storedBodyPath(const QString &area, const QString &id) const
{
    return QDir(m_options.dataDir).filePath(QStringLiteral("bodies/%1/%2").arg(area, id));
}

QString SandboxContext::cachePath(const QString &name) const
{
    return QDir(m_options.dataDir).filePath(QStringLiteral("cache/") + name);
}

QString SandboxContext::generatedWavPath(const QString &seed, qint64 samples)
{
    const QString path = cachePath(QStringLiteral("%1-%2.wav").arg(seed).arg(samples));
    if (QFileInfo(path).size() == wavFileSize(samples))
        return path;
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || !writeWav(seed, samples, &out) || !out.commit())
        return {};
    return path;
}

QString SandboxContext::generatedZipPath(const QString &recordingId, qint64 samples)
{
    const QString path = cachePath(QStringLiteral("%1-%2.zip").arg(recordingId).arg(samples));
    if (QFileInfo::exists(path))
        return path;
    const QString in = generatedWavPath(recordingId + QStringLiteral("_in"), samples);
    const QString out = generatedWavPath(recordingId + QStringLiteral("_out"), samples);
    if (in.isEmpty() || out.isEmpty())
        return {};
    const QString part = path + QStringLiteral(".part");
    const bool ok = writeLegsZip(part, {{recordingId + QStringLiteral("_in.wav"), in},
                                        {recordingId + QStringLiteral("_out.wav"), out}});
    QFile::remove(in);
    QFile::remove(out);
    if (!ok || !QFile::rename(part, path)) {
        QFile::remove(part);
        return {};
    }
    return path;
}

QString SandboxContext::signedUrl(const QString &path, qint64 expiresUnix) const
{
    const QByteArray sig =
        hmacSha256Hex(m_signingKey, path.toUtf8() + '\n' + QByteArray::number(expiresUnix));
    return origin() + path +
           QStringLiteral("?expires=%1&sig=%2").arg(expiresUnix).arg(QString::fromLatin1(sig));
}

qint64 SandboxContext::signedUrlExpiry() const
{
    qint64 lifetime = m_faults.signedUrlLifetimeSec;
    if (m_faults.liveVariant)
        lifetime = qMin<qint64>(lifetime, 7 * 24 * 3600);
    return m_clock.nowSecs() + lifetime;
}

void SandboxContext::logSignedRequest(const Request &request, bool internal)
{
    QJsonArray headerList;
    for (const auto &h : request.headers)
        headerList.append(QJsonArray{QString::fromLatin1(h.first), QString::fromLatin1(h.second)});
    m_signedLog.append(QJsonObject{
        {QStringLiteral("method"), QString::fromLatin1(request.method)},
        {QStringLiteral("path"), request.path},
        {QStringLiteral("query"), request.rawQuery},
        {QStringLiteral("headers"), headerList},
        {QStringLiteral("internal"), internal},
    });
    // Bounded, so that a long demo session does not grow without limit.
    while (m_signedLog.size() > 10000)
        m_signedLog.removeFirst();
}

} // namespace recdesk::sandbox
