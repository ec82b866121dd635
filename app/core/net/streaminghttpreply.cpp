#include "streaminghttpreply.h"

#include "netlogging.h"
#include "serviceclient.h"

#include <limits>
#include <QSslSocket>
#include <QTcpSocket>

namespace recdesk {

namespace {
constexpr qsizetype kChunkBytes = 256 * 1024;
// Body bytes written per turn of the event loop, so that a fast link cannot starve the UI.
constexpr qint64 kWriteBudgetBytes = 8 * 1024 * 1024;
// Response body bytes a reader may take straight from the socket per turn of the event loop.
constexpr qint64 kReadBudgetBytes = 4 * 1024 * 1024;

QNetworkReply::NetworkError errorForStatus(int status)
{
    // As QNetworkAccessManager reports them, so that callers treat both engines alike.
    switch (status) {
    case 400:
        return QNetworkReply::ProtocolInvalidOperationError;
    case 401:
        return QNetworkReply::AuthenticationRequiredError;
    case 403:
        return QNetworkReply::ContentAccessDenied;
    case 404:
        return QNetworkReply::ContentNotFoundError;
    case 405:
        return QNetworkReply::ContentOperationNotPermittedError;
    case 407:
        return QNetworkReply::ProxyAuthenticationRequiredError;
    case 409:
        return QNetworkReply::ContentConflictError;
    case 410:
        return QNetworkReply::ContentGoneError;
    case 418:
        return QNetworkReply::ProtocolInvalidOperationError;
    case 500:
        return QNetworkReply::InternalServerError;
    case 501:
        return QNetworkReply::OperationNotImplementedError;
    case 503:
        return QNetworkReply::ServiceUnavailableError;
    default:
        if (status >= 500)
            return QNetworkReply::UnknownServerError;
        if (status >= 400)
            return QNetworkReply::UnknownContentError;
        return QNetworkReply::NoError;
    }
}

QNetworkReply::NetworkError errorForSocket(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return QNetworkReply::ConnectionRefusedError;
    case QAbstractSocket::RemoteHostClosedError:
        return QNetworkReply::RemoteHostClosedError;
    case QAbstractSocket::HostNotFoundError:
        return QNetworkReply::HostNotFoundError;
    case QAbstractSocket::SocketTimeoutError:
        return QNetworkReply::TimeoutError;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return QNetworkReply::SslHandshakeFailedError;
    case QAbstractSocket::ProxyAuthenticationRequiredError:
        return QNetworkReply::ProxyAuthenticationRequiredError;
    case QAbstractSocket::ProxyConnectionRefusedError:
        return QNetworkReply::ProxyConnectionRefusedError;
    case QAbstractSocket::ProxyConnectionClosedError:
        return QNetworkReply::ProxyConnectionClosedError;
    case QAbstractSocket::ProxyConnectionTimeoutError:
        return QNetworkReply::ProxyTimeoutError;
    case QAbstractSocket::ProxyNotFoundError:
        return QNetworkReply::ProxyNotFoundError;
    case QAbstractSocket::ProxyProtocolError:
        return QNetworkReply::UnknownProxyError;
    default:
        return QNetworkReply::UnknownNetworkError;
    }
}

bool isSafeHeaderValue(const QByteArray &value)
{
    return !value.contains('\r') && !value.contains('\n') && !value.contains('\0');
}
} // namespace

StreamingHttpReply::StreamingHttpReply(const QNetworkRequest &request, const QByteArray &verb, HttpBody body,
                                       const QNetworkProxy &proxy, QObject *parent)
    : QNetworkReply(parent)
    , m_verb(verb)
    , m_body(std::move(body))
    , m_proxy(proxy)
{
    setRequest(request);
    setUrl(request.url());
    if (verb == "GET")
        setOperation(QNetworkAccessManager::GetOperation);
    else if (verb == "POST")
        setOperation(QNetworkAccessManager::PostOperation);
    else if (verb == "PUT")
        setOperation(QNetworkAccessManager::PutOperation);
    else if (verb == "HEAD")
        setOperation(QNetworkAccessManager::HeadOperation);
    else if (verb == "DELETE")
        setOperation(QNetworkAccessManager::DeleteOperation);
    else
        setOperation(QNetworkAccessManager::CustomOperation);
    // Unbuffered: QIODevice keeps no copy; readData hands out the socket's bytes directly.
    QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    m_parser.setHeadRequest(verb == "HEAD");
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        finishWithError(TimeoutError, tr("The server did not answer for %1 seconds")
                                          .arg(this->request().transferTimeout() / 1000.0, 0, 'f', 1));
    });
    QMetaObject::invokeMethod(this, &StreamingHttpReply::start, Qt::QueuedConnection);
}

StreamingHttpReply::~StreamingHttpReply()
{
    closeSocket();
}

void StreamingHttpReply::touch()
{
    if (request().transferTimeout() > 0)
        m_idleTimer.start(request().transferTimeout());
}

void StreamingHttpReply::start()
{
    if (m_done)
        return;
    const QUrl target = url();
    const bool tls = target.scheme() == QLatin1String("https");
    QAbstractSocket *socket = nullptr;
    if (tls) {
        auto *ssl = new QSslSocket(this);
        QSslConfiguration config = request().sslConfiguration();
        config.setAllowedNextProtocols({QByteArrayLiteral("http/1.1")});
        ssl->setSslConfiguration(config);
        connect(ssl, &QSslSocket::encrypted, this, &StreamingHttpReply::sendHead);
        connect(ssl, &QSslSocket::sslErrors, this, &StreamingHttpReply::onSslErrors);
        connect(ssl, &QSslSocket::encryptedBytesWritten, this, [this] {
            touch();
            pumpBody();
        });
        if (m_ignoreAllSslErrors)
            ssl->ignoreSslErrors();
        else if (!m_ignoredSslErrors.isEmpty())
            ssl->ignoreSslErrors(m_ignoredSslErrors);
        // The plain-text side is buffered in QSslSocket anyway: keep up to 1 MiB queued there.
        m_highWater = 1024 * 1024;
        socket = ssl;
    } else {
        socket = new QTcpSocket(this);
        connect(socket, &QTcpSocket::connected, this, &StreamingHttpReply::sendHead);
    }
    m_socket = socket;
    socket->setProxy(m_proxy);
    connect(socket, &QAbstractSocket::readyRead, this, &StreamingHttpReply::onReadyRead);
    connect(socket, &QAbstractSocket::bytesWritten, this, [this] {
        touch();
        pumpBody();
    });
    connect(socket, &QAbstractSocket::errorOccurred, this, &StreamingHttpReply::onSocketError);
    connect(socket, &QAbstractSocket::disconnected, this, &StreamingHttpReply::scheduleEndOfInput);
    touch();
    const quint16 port = quint16(target.port(tls ? 443 : 80));
    if (tls)
        static_cast<QSslSocket *>(socket)->connectToHostEncrypted(target.host(), port);
    else
        socket->connectToHost(target.host(), port, QIODevice::ReadWrite | QIODevice::Unbuffered);
}

void StreamingHttpReply::sendHead()
{
    if (m_done || !m_socket)
        return;
    m_connected = true;
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    const QUrl target = url();
    QByteArray path = target.path(QUrl::FullyEncoded).toLatin1();
    if (path.isEmpty())
        path = "/";
    if (target.hasQuery())
        path += '?' + target.query(QUrl::FullyEncoded).toLatin1();
    // "//host:port" without scheme, credentials, path or query; IPv6 in brackets, IDN as ACE.
    QByteArray host = target.toEncoded(QUrl::RemoveScheme | QUrl::RemoveUserInfo | QUrl::RemovePath |
                                       QUrl::RemoveQuery | QUrl::RemoveFragment);
    while (host.startsWith('/'))
        host.remove(0, 1);
    if (target.port() == (target.scheme() == QLatin1String("https") ? 443 : 80))
        host = host.left(host.lastIndexOf(':'));

    QByteArray head = m_verb + ' ' + path + " HTTP/1.1\r\nHost: " + host + "\r\n";
    bool acceptEncoding = false;
    for (const QByteArray &name : request().rawHeaderList()) {
        const QByteArray lower = name.toLower();
        if (lower == "host" || lower == "content-length" || lower == "connection" ||
            lower == "transfer-encoding" || lower == "expect")
            continue; // framing is this class's business
        const QByteArray value = request().rawHeader(name);
        if (!isSafeHeaderValue(name) || !isSafeHeaderValue(value)) {
            finishWithError(ProtocolInvalidOperationError,
                            tr("The request header %1 contains a line break").arg(QString::fromLatin1(name)));
            return;
        }
        acceptEncoding = acceptEncoding || lower == "accept-encoding";
        head += name + ": " + value + "\r\n";
    }
    if (!acceptEncoding)
        head += "Accept-Encoding: identity\r\n"; // bodies are saved as sent: no decompression here
    if (m_body.size() > 0 || m_verb == "POST" || m_verb == "PUT" || m_verb == "PATCH")
        head += "Content-Length: " + QByteArray::number(m_body.size()) + "\r\n";
    head += "Connection: close\r\n\r\n";
    qCDebug(lcNetHttp) << "streaming" << m_verb << redactedUrl(url()) << m_body.size() << "body bytes";
    if (!writeToSocket(head.constData(), head.size()))
        return;
    touch();
    pumpBody();
}

void StreamingHttpReply::pumpBody()
{
    if (m_done || !m_socket || !m_connected || m_bodyStopped)
        return;
    if (m_chunk.size() != kChunkBytes)
        m_chunk.resize(kChunkBytes);
    qint64 budget = kWriteBudgetBytes;
    while (!m_body.atEnd() && queuedBytes() < m_highWater && budget > 0) {
        QString error;
        const qint64 got = m_body.read(m_chunk.data(), m_chunk.size(), &error);
        if (got < 0) {
            finishWithError(UnknownContentError, error);
            return;
        }
        if (!writeToSocket(m_chunk.constData(), got))
            return;
        budget -= got;
    }
    if (budget < kWriteBudgetBytes)
        touch(); // progress: a long upload is not idle
    const bool more = !m_body.atEnd() && budget <= 0 && queuedBytes() < m_highWater;
    const qint64 sent = m_body.position() - queuedBytes();
    if (more)
        QMetaObject::invokeMethod(this, &StreamingHttpReply::pumpBody, Qt::QueuedConnection);
    if (m_body.size() > 0)
        emit uploadProgress(sent, m_body.size()); // last: a slot may abort this reply
}

qint64 StreamingHttpReply::queuedBytes() const
{
    if (!m_socket)
        return 0;
    // QSslSocket encrypts everything queued at once into a buffer of its own, without bound:
    // count that too, or a whole file would be read into memory ahead of the network.
    if (auto *ssl = qobject_cast<QSslSocket *>(m_socket.data()))
        return ssl->bytesToWrite() + ssl->encryptedBytesToWrite();
    return m_socket->bytesToWrite();
}

bool StreamingHttpReply::writeToSocket(const char *data, qint64 size)
{
    if (m_socket->write(data, size) == size && m_socket->isValid())
        return true;
    // An unbuffered QTcpSocket whose direct write fails records the error without a signal
    // (Qt 6.4): report it from here, after this call returns.
    QMetaObject::invokeMethod(this, &StreamingHttpReply::onSocketError, Qt::QueuedConnection);
    return false;
}

void StreamingHttpReply::onReadyRead()
{
    if (m_done || !m_socket)
        return;
    touch();
    if (!m_parser.canReadDirectly()) {
        pullIntoParser();
        return;
    }
    if (m_socket->bytesAvailable() == 0) {
        // An unbuffered socket signals the end of input as readable with nothing to read.
        char c;
        const qint64 peeked = m_socket->peek(&c, 1);
        if (peeked <= 0) {
            if (peeked < 0 || m_socket->state() != QAbstractSocket::ConnectedState)
                scheduleEndOfInput();
            return;
        }
    }
    deliver();
}

qint64 StreamingHttpReply::unreadLimit() const
{
    // As QNetworkAccessManager: readBufferSize() bounds what waits for the reader; 0 is no bound.
    return readBufferSize() > 0 ? readBufferSize() : std::numeric_limits<qint64>::max();
}

void StreamingHttpReply::compactDecoded()
{
    if (m_decodedPos > 0 && m_decodedPos == m_decoded.size()) {
        m_decoded.clear();
        m_decodedPos = 0;
    } else if (m_decodedPos > kChunkBytes) {
        m_decoded.remove(0, m_decodedPos);
        m_decodedPos = 0;
    }
}

void StreamingHttpReply::pullIntoParser()
{
    if (m_chunk.size() != kChunkBytes)
        m_chunk.resize(kChunkBytes);
    while (m_socket && !m_parser.canReadDirectly() &&
           (m_parser.state() == HttpResponseParser::State::Head ||
            m_parser.state() == HttpResponseParser::State::Body) &&
           m_decoded.size() - m_decodedPos < unreadLimit()) {
        const qint64 got = m_socket->read(m_chunk.data(), m_chunk.size());
        if (got <= 0) {
            if (got < 0)
                scheduleEndOfInput();
            break;
        }
        compactDecoded();
        const qsizetype used = m_parser.feed(m_chunk.constData(), qsizetype(got), &m_decoded);
        if (used < got && m_parser.state() == HttpResponseParser::State::Done)
            qCDebug(lcNetHttp) << "ignoring" << (got - used) << "bytes after the response";
    }
    afterParse();
}

void StreamingHttpReply::afterParse()
{
    if (m_done)
        return;
    if (m_parser.state() == HttpResponseParser::State::Failed) {
        finishWithError(ProtocolFailure, m_parser.errorString());
        return;
    }
    if (!m_headersDone && m_parser.state() != HttpResponseParser::State::Head)
        headersReceived();
    if (m_done)
        return;
    deliver();
}

void StreamingHttpReply::deliver()
{
    m_deliverQueued = false;
    if (m_done)
        return;
    m_readBudget = kReadBudgetBytes;
    if (bytesAvailable() > 0) {
        emit readyRead();
        if (m_done)
            return;
    }
    if (m_readBudget < kReadBudgetBytes && m_socket && m_socket->bytesAvailable() > 0) {
        // The reader took its share; readData() queued the next turn if the budget ran out.
        if (m_parser.state() == HttpResponseParser::State::Done)
            finishOk();
        return;
    }
    // What the reader left in the socket is kept here (up to unreadLimit()), so that a caller who
    // reads only after finished() gets the whole body, as from QNetworkAccessManager.
    while (m_socket && m_parser.canReadDirectly() && m_socket->bytesAvailable() > 0 &&
           m_decoded.size() - m_decodedPos < unreadLimit()) {
        compactDecoded();
        const qint64 want =
            std::min({m_socket->bytesAvailable(), m_parser.directReadLimit(),
                      unreadLimit() - (m_decoded.size() - m_decodedPos), qint64(kChunkBytes)});
        const qsizetype old = m_decoded.size();
        m_decoded.resize(old + qsizetype(want));
        const qint64 got = m_socket->read(m_decoded.data() + old, want);
        m_decoded.resize(old + qsizetype(std::max<qint64>(got, 0)));
        if (got <= 0) {
            if (got < 0)
                scheduleEndOfInput();
            break;
        }
        m_parser.bodyRead(got);
    }
    if (m_parser.state() == HttpResponseParser::State::Done) {
        finishOk();
        return;
    }
    // The connection already ended and the socket is drained (a buffered QSslSocket keeps
    // bytes after disconnected()): judge the end now, even if nobody reads before finished().
    if (m_eofSeen && !m_eofQueued && (!m_socket || m_socket->bytesAvailable() == 0))
        scheduleEndOfInput();
}

void StreamingHttpReply::headersReceived()
{
    m_headersDone = true;
    if (!m_body.atEnd()) {
        // The server answered before it had the whole body (an error, usually): stop sending.
        m_bodyStopped = true;
    }
    const int status = m_parser.statusCode();
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, status);
    setAttribute(QNetworkRequest::HttpReasonPhraseAttribute, m_parser.reasonPhrase());
    QList<QByteArray> seen;
    for (const auto &h : m_parser.headers()) {
        if (seen.contains(h.first.toLower()))
            continue;
        seen.append(h.first.toLower());
        setRawHeader(h.first, m_parser.header(h.first));
    }
    if (status >= 300 && status < 400) {
        const QByteArray location = m_parser.header("Location");
        if (!location.isEmpty())
            setAttribute(QNetworkRequest::RedirectionTargetAttribute, QUrl::fromEncoded(location));
    }
    emit metaDataChanged();
}

qint64 StreamingHttpReply::bytesAvailable() const
{
    qint64 available = QNetworkReply::bytesAvailable() + (m_decoded.size() - m_decodedPos);
    if (m_parser.canReadDirectly() && m_socket)
        available += std::min({m_socket->bytesAvailable(), m_parser.directReadLimit(), m_readBudget});
    return available;
}

qint64 StreamingHttpReply::readData(char *data, qint64 maxSize)
{
    qint64 done = 0;
    if (m_decodedPos < m_decoded.size()) {
        done = std::min<qint64>(maxSize, m_decoded.size() - m_decodedPos);
        std::memcpy(data, m_decoded.constData() + m_decodedPos, size_t(done));
        m_decodedPos += qsizetype(done);
        if (m_decodedPos == m_decoded.size()) {
            m_decoded.clear();
            m_decodedPos = 0;
            // A chunked answer paused at unreadLimit(): read on.
            if (!m_done && !m_parser.canReadDirectly() && m_socket && m_socket->bytesAvailable() > 0)
                QMetaObject::invokeMethod(this, &StreamingHttpReply::pullIntoParser, Qt::QueuedConnection);
        }
    }
    if (done < maxSize && m_parser.canReadDirectly() && m_socket) {
        const qint64 want = std::min({maxSize - done, m_parser.directReadLimit(), m_readBudget});
        const qint64 got = want > 0 && m_socket->bytesAvailable() > 0 ? m_socket->read(data + done, want) : 0;
        if (got > 0) {
            m_parser.bodyRead(got);
            m_readBudget -= got;
            done += got;
            touch();
            if (m_parser.state() == HttpResponseParser::State::Done)
                QMetaObject::invokeMethod(this, &StreamingHttpReply::finishOk, Qt::QueuedConnection);
        } else if (got < 0) {
            scheduleEndOfInput();
        }
    }
    // The socket refills as fast as the network goes: a reader that loops while bytesAvailable()
    // would never return to the event loop. After the budget, the rest waits for the next turn.
    if (m_readBudget <= 0 && !m_deliverQueued && !m_done && m_parser.canReadDirectly() && m_socket &&
        m_socket->bytesAvailable() > 0) {
        m_deliverQueued = true;
        QMetaObject::invokeMethod(this, &StreamingHttpReply::deliver, Qt::QueuedConnection);
    }
    if (m_eofSeen && !m_eofQueued && bytesAvailable() == 0 && !(m_socket && m_socket->bytesAvailable() > 0))
        scheduleEndOfInput();
    if (done == 0 && m_done)
        return -1;
    return done;
}

void StreamingHttpReply::scheduleEndOfInput()
{
    m_eofSeen = true;
    if (m_eofQueued || m_done)
        return;
    // Body bytes still waiting in the socket are read first: the end is judged after them.
    if (m_parser.canReadDirectly() && m_socket && m_socket->bytesAvailable() > 0) {
        deliver();
        return;
    }
    m_eofQueued = true;
    QMetaObject::invokeMethod(this, &StreamingHttpReply::endOfInput, Qt::QueuedConnection);
}

void StreamingHttpReply::endOfInput()
{
    if (m_done)
        return;
    if (m_socket && !m_parser.canReadDirectly() && m_socket->bytesAvailable() > 0)
        pullIntoParser();
    if (m_done)
        return;
    if (m_socket && !m_parser.canReadDirectly() && m_parser.state() == HttpResponseParser::State::Body &&
        m_socket->bytesAvailable() > 0) {
        // A chunked body paused at unreadLimit(): the rest is read as the reader makes room.
        m_eofQueued = false;
        return;
    }
    if (m_parser.canReadDirectly() && m_socket && m_socket->bytesAvailable() > 0) {
        m_eofQueued = false; // the reader has not taken everything yet
        deliver();
        return;
    }
    m_parser.endOfInput();
    if (m_parser.state() == HttpResponseParser::State::Done) {
        afterParse();
        return;
    }
    if (!m_connected) {
        finishWithError(RemoteHostClosedError, tr("The server closed the connection before it was ready"));
        return;
    }
    finishWithError(RemoteHostClosedError, m_parser.errorString());
}

void StreamingHttpReply::onSocketError()
{
    if (m_done || !m_socket)
        return;
    const QAbstractSocket::SocketError socketError = m_socket->error();
    if (socketError == QAbstractSocket::RemoteHostClosedError) {
        scheduleEndOfInput();
        return;
    }
    // A server that answers early and closes makes the rest of the body fail to send: the
    // answer is what counts.
    if (m_connected && !m_parser.canReadDirectly() && m_socket->bytesAvailable() > 0)
        pullIntoParser();
    if (m_done || m_parser.state() == HttpResponseParser::State::Done)
        return;
    if (m_headersDone && (socketError == QAbstractSocket::NetworkError ||
                          socketError == QAbstractSocket::SocketResourceError)) {
        scheduleEndOfInput();
        return;
    }
    QString message = m_socket->errorString();
    if (socketError == QAbstractSocket::SslHandshakeFailedError && !m_sslErrorText.isEmpty())
        message = tr("The secure connection failed: %1").arg(m_sslErrorText);
    finishWithError(errorForSocket(socketError), message);
}

void StreamingHttpReply::onSslErrors(const QList<QSslError> &errors)
{
    QStringList texts;
    for (const QSslError &e : errors)
        texts.append(e.errorString());
    m_sslErrorText = texts.join(QLatin1String("; "));
    emit sslErrors(errors);
}

void StreamingHttpReply::finishOk()
{
    if (m_done)
        return;
    m_done = true;
    m_idleTimer.stop();
    const int status = m_parser.statusCode();
    const NetworkError code = errorForStatus(status);
    if (code != NoError) {
        setError(
            code,
            tr("The server replied: %1 %2").arg(status).arg(QString::fromLatin1(m_parser.reasonPhrase())));
    }
    closeSocket();
    setFinished(true);
    const qint64 seen = m_parser.bodyBytesSeen();
    emit downloadProgress(seen, m_parser.contentLength() >= 0 ? m_parser.contentLength() : seen);
    if (code != NoError)
        emit errorOccurred(code);
    emit finished();
}

void StreamingHttpReply::finishWithError(NetworkError code, const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    m_idleTimer.stop();
    closeSocket();
    setError(code, message);
    setFinished(true);
    emit errorOccurred(code);
    emit finished();
}

void StreamingHttpReply::ignoreSslErrors()
{
    m_ignoreAllSslErrors = true;
    if (auto *ssl = qobject_cast<QSslSocket *>(m_socket.data()))
        ssl->ignoreSslErrors();
}

void StreamingHttpReply::ignoreSslErrorsImplementation(const QList<QSslError> &errors)
{
    m_ignoredSslErrors = errors;
    if (auto *ssl = qobject_cast<QSslSocket *>(m_socket.data()))
        ssl->ignoreSslErrors(errors);
}

void StreamingHttpReply::abort()
{
    if (m_done)
        return;
    finishWithError(OperationCanceledError, tr("Operation canceled"));
}

void StreamingHttpReply::closeSocket()
{
    if (!m_socket)
        return;
    QAbstractSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

} // namespace recdesk
