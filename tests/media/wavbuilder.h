#pragma once

#include "media/wavheader.h"

#include <cmath>
#include <QByteArray>
#include <QtEndian>
#include <QVector>

// Builds WAV bytes for the tests, chunk by chunk, so that odd layouts can be made on purpose.
namespace wavbuilder {

inline QByteArray le16(quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    return QByteArray(b, 2);
}

inline QByteArray le32(quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    return QByteArray(b, 4);
}

inline QByteArray chunk(const char *id, const QByteArray &body, bool pad = true)
{
    QByteArray c = QByteArray(id, 4) + le32(quint32(body.size())) + body;
    if (pad && (body.size() & 1))
        c.append('\0');
    return c;
}

inline QByteArray fmtBody(quint16 tag, quint16 channels, quint32 rate, quint16 bits)
{
    const quint16 align = quint16(channels * bits / 8);
    return le16(tag) + le16(channels) + le32(rate) + le32(rate * align) + le16(align) + le16(bits);
}

inline QByteArray riff(const QByteArray &chunks)
{
    return QByteArray("RIFF") + le32(quint32(4 + chunks.size())) + QByteArray("WAVE") + chunks;
}

inline QByteArray samples(const QVector<qint16> &values)
{
    QByteArray out;
    out.reserve(values.size() * 2);
    for (qint16 v : values)
        out += le16(quint16(v));
    return out;
}

// A sine of `amplitude` at `hz`, `frames` long, at `rate`.
inline QVector<qint16> sine(int frames, double hz, int rate, int amplitude, double phase = 0)
{
    QVector<qint16> v(frames);
    for (int i = 0; i < frames; ++i)
        v[i] = qint16(std::lround(amplitude * std::sin(2 * M_PI * hz * i / rate + phase)));
    return v;
}

inline QByteArray monoWav(const QVector<qint16> &values, quint32 rate = 8000)
{
    return riff(chunk("fmt ", fmtBody(1, 1, rate, 16)) + chunk("data", samples(values)));
}

} // namespace wavbuilder
