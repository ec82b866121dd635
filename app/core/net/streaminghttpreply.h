#pragma once

#include "httpbody.h"
#include "httpresponseparser.h"

#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPointer>
#include <QSslError>
#include <QTimer>

class QAbstractSocket;

namespace recdesk {

// One HTTP/1.1 exchange on its own connection (QTcpSocket, or QSslSocket for https), for the
// transfers where QNetworkAccessManager is the bottleneck: Qt 6.4's HTTP thread pulls an upload
// body 16 KiB per cross-thread round trip and copies a download twice. This reply writes the body
// from disk in 256 KiB pieces straight to the socket and lets the reader take the response body
// straight from the socket, on the caller's thread, without blocking it.
//
// It behaves as the QNetworkReply the rest of the client expects: status and reason attributes,
// RedirectionTargetAttribute for a 3xx (never followed), raw headers, readyRead/finished,
// upload/download progress, the request's transfer timeout (idle time), abort(), and the error
// codes QNetworkAccessManager would give. No cookies, no cache, no compression, no keep-alive.
// HttpTransport decides when it is used.
class StreamingHttpReply : public QNetworkReply
{
    Q_OBJECT
public:
    // Connects from the event loop, never inside the constructor. An empty body sends none (GET).
    StreamingHttpReply(const QNetworkRequest &request, const QByteArray &verb, HttpBody body,
                       const QNetworkProxy &proxy, QObject *parent = nullptr);
    ~StreamingHttpReply() override;

    void abort() override;
    void ignoreSslErrors() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    void ignoreSslErrorsImplementation(const QList<QSslError> &errors) override;

private:
    void start();
    void sendHead();
    void pumpBody();
    void onReadyRead();
    void onSocketError();
    void onSslErrors(const QList<QSslError> &errors);
    void pullIntoParser();
    void afterParse();
    void deliver();
    qint64 unreadLimit() const;
    void compactDecoded();
    void headersReceived();
    void endOfInput();
    void scheduleEndOfInput();
    void finishOk();
    void finishWithError(NetworkError code, const QString &message);
    void closeSocket();
    qint64 queuedBytes() const;
    bool writeToSocket(const char *data, qint64 size);
    void touch();

    QByteArray m_verb;
    HttpBody m_body;
    QNetworkProxy m_proxy;
    QPointer<QAbstractSocket> m_socket;
    HttpResponseParser m_parser;
    QByteArray m_chunk;   // reused for reads from the body and the socket
    QByteArray m_decoded; // response body bytes parsed but not yet read
    qsizetype m_decodedPos = 0;
    QTimer m_idleTimer;
    QString m_sslErrorText;
    qint64 m_highWater = 1; // write more body while fewer bytes than this wait in the socket
    bool m_connected = false;
    bool m_bodyStopped = false; // the answer came before the whole body was sent
    bool m_headersDone = false;
    bool m_eofSeen = false;
    bool m_eofQueued = false;
    bool m_done = false;
    bool m_deliverQueued = false;
    qint64 m_readBudget = 0; // what a reader may still take from the socket this turn
    bool m_ignoreAllSslErrors = false;
    QList<QSslError> m_ignoredSslErrors;
};

} // namespace recdesk
