#pragma once

#include <functional>
#include <QFile>
#include <QObject>
#include <QPointer>

class QTcpSocket;

namespace recdesk::sandbox {

// Streams a byte range of a file to a socket, a chunk at a time, paced by bytesWritten so that a
// large body never sits in memory. Deletes itself when done or when the client goes away.
// dropAfterBytes >= 0 closes the connection after that many body bytes (fault injection).
// done runs once, when the body is out or the connection has gone.
class BodyStreamer : public QObject
{
    Q_OBJECT
public:
    static void start(QTcpSocket *socket, const QString &path, qint64 offset, qint64 length,
                      qint64 dropAfterBytes, std::function<void()> done);

private:
    BodyStreamer(QTcpSocket *socket, qint64 length, qint64 dropAfterBytes, std::function<void()> done);
    void pump();
    void finish();

    QPointer<QTcpSocket> m_socket;
    QFile m_file;
    qint64 m_remaining;
    qint64 m_dropAfter;
    qint64 m_sent = 0;
    bool m_finished = false;
    bool m_closing = false; // the drop fault is closing the connection
    std::function<void()> m_done;
};

} // namespace recdesk::sandbox
