#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class QNetworkReply;

namespace recdesk {

// Bounds one QNetworkReply in size and in time. QNAM's transfer timeout fires only when nothing at
// all arrives, and QNAM keeps a whole answer in memory: a server that sends headers a byte a
// second, or a body without end, would hold a request (and memory) for ever. The guard aborts the
// reply when its body passes maxBodyBytes (-1: no cap), when its headers have not arrived
// headersDeadlineMs after the request went out (an upload's sending time does not count), or when
// the whole answer has not arrived answerDeadlineMs after that (0: no deadline). It is the reply's
// child, and remembers which bound was crossed so that the caller can say so.
class ReplyGuard : public QObject
{
    Q_OBJECT
public:
    enum class Breach { None, TooLarge, HeadersLate, AnswerLate };

    ReplyGuard(QNetworkReply *reply, qint64 maxBodyBytes, int headersDeadlineMs, int answerDeadlineMs = 0);

    Breach breach() const { return m_breach; }
    static Breach breachOf(const QNetworkReply *reply); // None when the reply has no guard
    // A sentence for people, or "" when no bound was crossed.
    static QString describe(Breach breach, qint64 maxBodyBytes, int deadlineMs);

private:
    void abortFor(Breach breach);

    QNetworkReply *m_reply;
    qint64 m_maxBody;
    int m_headersMs;
    int m_answerMs;
    QTimer m_timer;
    bool m_headersIn = false;
    Breach m_breach = Breach::None;
};

} // namespace recdesk
