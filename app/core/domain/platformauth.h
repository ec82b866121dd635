#pragma once

#include "jsonreader.h"

#include <QByteArray>
#include <QString>

namespace recdesk {

// POST /auth/login: request body and the {"username", "token"} answer.
struct PlatformLogin
{
    QString username;
    QString token; // a JWT; a secret, never logged

    static QByteArray requestBody(const QString &username, const QString &password);
    // Problems when the body is not the expected object or has no token.
    static PlatformLogin fromJson(const QByteArray &body, DecodeProblems *problems);
};

} // namespace recdesk
