#include "ErrorCodes.h"

#include <QCoreApplication>

namespace ErrorCodes {
quint32 toHresult(quint32 code)
{
    return code <= 0xFFFF ? (0x80070000u | code) : code;
}

std::optional<QString> describe(quint32 code)
{
    struct Known
    {
        quint32 hresult;
        const char* text;
    };
    static const Known known[] = {
        {0x80070002, QT_TRANSLATE_NOOP("ErrorCodes", "file not found")},
        {0x80070003, QT_TRANSLATE_NOOP("ErrorCodes", "path not found")},
        {0x80070005, QT_TRANSLATE_NOOP("ErrorCodes", "access denied: wrong or changed connection account password")},
        {0x80070020, QT_TRANSLATE_NOOP("ErrorCodes", "the file is in use by another process")},
        {0x80070035, QT_TRANSLATE_NOOP("ErrorCodes", "network path not found: CAP unreachable or site gone")},
        {0x80070040, QT_TRANSLATE_NOOP("ErrorCodes", "the network name is no longer available")},
        {0x80070043, QT_TRANSLATE_NOOP("ErrorCodes", "the network name cannot be found")},
        {0x80070047, QT_TRANSLATE_NOOP("ErrorCodes", "no more connections can be made: per-server licences used up")},
        {0x8007052E, QT_TRANSLATE_NOOP("ErrorCodes", "logon failure: unknown user name or bad password")},
        {0x80070569, QT_TRANSLATE_NOOP("ErrorCodes", "logon failure: the user has not been granted the logon type")},
        {0x80070775, QT_TRANSLATE_NOOP("ErrorCodes", "the account is locked out")},
        {0x800704CF, QT_TRANSLATE_NOOP("ErrorCodes", "the network location cannot be reached")},
        {0x80070079, QT_TRANSLATE_NOOP("ErrorCodes", "the semaphore timeout period has expired")},
    };
    const quint32 hresult = toHresult(code);
    for (const Known& k : known) {
        if (k.hresult == hresult)
            return QCoreApplication::translate("ErrorCodes", k.text);
    }
    return std::nullopt;
}
} // namespace ErrorCodes
