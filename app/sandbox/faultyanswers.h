#pragma once

#include <functional>
#include <QByteArray>

class QTcpSocket;

namespace recdesk::sandbox {

// Answers that misbehave on purpose, for the answerMode fault knob: a client must end both with a
// clear error within its timeout, and without unbounded memory.
namespace FaultyAnswers {

// Writes bytes one at a time, every intervalMs, then runs done (also when the client leaves).
void trickle(QTcpSocket *socket, const QByteArray &bytes, int intervalMs, std::function<void()> done);

// Writes head (a status line and headers announcing a huge body) and then filler without end,
// paced by what the socket has sent, until the client leaves; then runs done.
void endless(QTcpSocket *socket, const QByteArray &head, std::function<void()> done);

} // namespace FaultyAnswers

} // namespace recdesk::sandbox
