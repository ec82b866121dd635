#include "wavheader.h"

#include <QtEndian>

namespace recdesk {
namespace {

void put16(QByteArray *out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out->append(b, 2);
}

void put32(QByteArray *out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out->append(b, 4);
}

} // namespace

WavFormat pcmFormat(quint16 channels, quint32 sampleRate, quint16 bitsPerSample)
{
    WavFormat f;
    f.formatTag = WavFormat::kPcm;
    f.channels = channels;
    f.sampleRate = sampleRate;
    f.bitsPerSample = bitsPerSample;
    f.blockAlign = static_cast<quint16>(channels * (bitsPerSample / 8));
    f.byteRate = sampleRate * f.blockAlign;
    return f;
}

QByteArray makeWavHeader(const WavFormat &format, quint32 dataLength)
{
    QByteArray h;
    h.reserve(44);
    h.append("RIFF", 4);
    put32(&h, 36 + dataLength + (dataLength & 1));
    h.append("WAVEfmt ", 8);
    put32(&h, 16);
    put16(&h, format.formatTag);
    put16(&h, format.channels);
    put32(&h, format.sampleRate);
    put32(&h, format.byteRate);
    put16(&h, format.blockAlign);
    put16(&h, format.bitsPerSample);
    h.append("data", 4);
    put32(&h, dataLength);
    return h;
}

} // namespace recdesk
