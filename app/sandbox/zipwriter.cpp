#include "zipwriter.h"

#include <array>
#include <QFile>
#include <QtEndian>

namespace recdesk::sandbox {

namespace {

const std::array<quint32, 256> &crcTable()
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320U ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    return table;
}

void put16(QByteArray &b, quint16 v)
{
    char p[2];
    qToLittleEndian(v, p);
    b.append(p, 2);
}

void put32(QByteArray &b, quint32 v)
{
    char p[4];
    qToLittleEndian(v, p);
    b.append(p, 4);
}

struct Written
{
    QByteArray name;
    quint32 crc = 0;
    quint32 size = 0;
    quint32 offset = 0;
};

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

quint32 crc32Update(quint32 crc, const char *data, qint64 size)
{
    const auto &t = crcTable();
    crc = ~crc;
    for (qint64 i = 0; i < size; ++i)
        crc = t[(crc ^ static_cast<unsigned char>(data[i])) & 0xFF] ^ (crc >> 8);
    return ~crc;
}

bool writeStoredZip(const QString &zipPath, const QList<ZipEntry> &entries, QString *error)
{
    QFile out(zipPath);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(error, out.errorString());
    QList<Written> written;
    QByteArray buffer(1 << 16, Qt::Uninitialized);
    for (const ZipEntry &entry : entries) {
        QFile in(entry.sourcePath);
        if (!in.open(QIODevice::ReadOnly))
            return fail(error, in.errorString());
        // The CRC has to be in the local header, so read the source once to compute it.
        quint32 crc = 0;
        for (qint64 n; (n = in.read(buffer.data(), buffer.size())) > 0;)
            crc = crc32Update(crc, buffer.constData(), n);
        in.seek(0);
        Written w;
        w.name = entry.name.toUtf8();
        w.crc = crc;
        w.size = quint32(in.size());
        w.offset = quint32(out.pos());
        QByteArray header;
        put32(header, 0x04034b50);
        put16(header, 20);     // version needed
        put16(header, 0x0800); // UTF-8 names
        put16(header, 0);      // stored
        put16(header, 0);      // time
        put16(header, 0x21);   // date 1980-01-01
        put32(header, w.crc);
        put32(header, w.size);
        put32(header, w.size);
        put16(header, quint16(w.name.size()));
        put16(header, 0);
        header += w.name;
        if (out.write(header) != header.size())
            return fail(error, out.errorString());
        for (qint64 n; (n = in.read(buffer.data(), buffer.size())) > 0;) {
            if (out.write(buffer.constData(), n) != n)
                return fail(error, out.errorString());
        }
        written.append(w);
    }
    const quint32 centralStart = quint32(out.pos());
    QByteArray central;
    for (const Written &w : written) {
        put32(central, 0x02014b50);
        put16(central, 20); // made by
        put16(central, 20); // needed
        put16(central, 0x0800);
        put16(central, 0);
        put16(central, 0);
        put16(central, 0x21);
        put32(central, w.crc);
        put32(central, w.size);
        put32(central, w.size);
        put16(central, quint16(w.name.size()));
        put16(central, 0); // extra
        put16(central, 0); // comment
        put16(central, 0); // disk
        put16(central, 0); // internal attributes
        put32(central, 0); // external attributes
        put32(central, w.offset);
        central += w.name;
    }
    put32(central, 0x06054b50);
    put16(central, 0);
    put16(central, 0);
    put16(central, quint16(written.size()));
    put16(central, quint16(written.size()));
    put32(central, quint32(central.size() - 0)); // patched below
    put32(central, centralStart);
    put16(central, 0);
    // Size of the central directory = everything before the end record.
    const quint32 dirSize = quint32(central.size() - 22);
    qToLittleEndian(dirSize, central.data() + central.size() - 22 + 12);
    if (out.write(central) != central.size())
        return fail(error, out.errorString());
    return true;
}

} // namespace recdesk::sandbox
