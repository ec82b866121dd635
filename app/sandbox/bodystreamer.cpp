#include "bodystreamer.h"

#include <QTcpSocket>

namespace recdesk::sandbox {

namespace {
constexpr qint64 kChunk = 64 * 1024;
constexpr qint64 kHighWater = 256 * 1024; // bytes queued in the socket before we wait
} // namespace

void BodyStreamer::start(QTcpSocket *socket, const QString &path, qint64 offset, qint64 length,
                         qint64 dropAfterBytes, std::function<void()> done)
{
    auto *s = new BodyStreamer(socket, length, dropAfterBytes, std::move(done));
    s->m_file.setFileName(path);
    if (!s->m_file.open(QIODevice::ReadOnly) || !s->m_file.seek(offset)) {
        // The headers are out already: all we can do is close the connection.
        socket->abort();
        s->finish();
        return;
    }
    connect(socket, &QTcpSocket::bytesWritten, s, &BodyStreamer::pump);
    connect(socket, &QTcpSocket::disconnected, s, &BodyStreamer::finish);
    s->pump();
}

BodyStreamer::BodyStreamer(QTcpSocket *socket, qint64 length, qint64 dropAfterBytes,
                           std::function<void()> done)
    : QObject(socket)
    , m_socket(socket)
    , m_remaining(length)
    , m_dropAfter(dropAfterBytes)
    , m_done(std::move(done))
{}

void BodyStreamer::pump()
{
    if (m_finished || m_closing)
        return;
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
        finish();
        return;
    }
    QByteArray buffer;
    while (m_remaining > 0 && m_socket->bytesToWrite() < kHighWater) {
        qint64 want = qMin(kChunk, m_remaining);
        if (m_dropAfter >= 0)
            want = qMin(want, m_dropAfter - m_sent);
        if (want <= 0)
            break;
        buffer.resize(want);
        const qint64 got = m_file.read(buffer.data(), want);
        if (got <= 0) {
            m_socket->abort(); // the file shrank under us: never send a short body silently
            finish();
            return;
        }
        m_socket->write(buffer.constData(), got);
        m_sent += got;
        m_remaining -= got;
    }
    if (m_dropAfter >= 0 && m_sent >= m_dropAfter && m_remaining > 0) {
        // Fault: cut the connection mid-body once what was written has gone out. Finished only
        // when the socket says it is disconnected: released earlier, Qt HttpServer 6.8 would
        // delete the socket, and the bytes still queued in it, at once.
        m_closing = true;
        m_socket->disconnectFromHost();
        return;
    }
    if (m_remaining <= 0)
        finish();
}

void BodyStreamer::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_file.close();
    deleteLater();
    if (m_done)
        m_done();
}

} // namespace recdesk::sandbox
