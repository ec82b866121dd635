#include "faultyanswers.h"

#include <memory>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace recdesk::sandbox::FaultyAnswers {

void trickle(QTcpSocket *socket, const QByteArray &bytes, int intervalMs, std::function<void()> done)
{
    auto *timer = new QTimer(socket); // dies with the connection
    auto sent = std::make_shared<qsizetype>(0);
    auto finish = std::make_shared<std::function<void()>>(std::move(done));
    auto end = [timer, finish] {
        timer->stop();
        timer->deleteLater();
        if (*finish) {
            auto f = std::move(*finish);
            *finish = nullptr;
            f();
        }
    };
    QObject::connect(socket, &QTcpSocket::disconnected, timer, end);
    QObject::connect(timer, &QTimer::timeout, socket, [socket, bytes, sent, end] {
        if (*sent >= bytes.size() || socket->state() != QAbstractSocket::ConnectedState) {
            end();
            return;
        }
        socket->write(bytes.constData() + *sent, 1);
        ++*sent;
    });
    timer->start(intervalMs);
}

void endless(QTcpSocket *socket, const QByteArray &head, std::function<void()> done)
{
    static const QByteArray filler(64 * 1024, ' ');
    auto finish = std::make_shared<std::function<void()>>(std::move(done));
    auto *context = new QObject(socket);
    QObject::connect(socket, &QTcpSocket::disconnected, context, [context, finish] {
        context->deleteLater();
        if (*finish) {
            auto f = std::move(*finish);
            *finish = nullptr;
            f();
        }
    });
    QPointer<QTcpSocket> guard(socket);
    auto pump = [guard] {
        while (guard && guard->state() == QAbstractSocket::ConnectedState &&
               guard->bytesToWrite() < 512 * 1024)
            guard->write(filler);
    };
    QObject::connect(socket, &QTcpSocket::bytesWritten, context, pump);
    socket->write(head);
    pump();
}

} // namespace recdesk::sandbox::FaultyAnswers
