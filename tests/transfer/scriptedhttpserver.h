#pragma once

// A tiny HTTP/1.1 peer for the cases the sandbox cannot play (a body in a transfer coding, a
// server that validates only by Last-Modified): each request's head is recorded and answered with
// the bytes a script returns for it, then the connection is closed. Tests only.

#include <functional>
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>

class ScriptedHttpServer : public QTcpServer
{
public:
    // answer(requestIndex, requestHead) -> bytes to send; the connection closes after them.
    using Script = std::function<QByteArray(int, const QByteArray &)>;

    explicit ScriptedHttpServer(Script script)
        : m_script(std::move(script))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            }
        });
    }

    QList<QByteArray> requests; // the heads, in order

    static QByteArray header(const QByteArray &head, const QByteArray &name)
    {
        for (const QByteArray &line : head.split('\n')) {
            const int colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return line.mid(colon + 1).trimmed();
        }
        return QByteArray();
    }

private:
    void onReadyRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const int end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = buffer.left(end);
        m_buffers.remove(socket);
        requests.append(head);
        socket->write(m_script(int(requests.size()) - 1, head));
        socket->disconnectFromHost();
    }

    Script m_script;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
