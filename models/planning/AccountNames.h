#pragma once

#include <QStringList>

// Names for new connection accounts, in the site's own pattern (Q237759: a new account for every
// change of password, so sites number them).
namespace AccountNames {
// The next account name in the pattern of `siteNames` (the site's accounts, removed ones too; the
// account being replaced first). The pattern is the prefix before a trailing number shared by most
// of the site's numbered names (ties: the one with the highest number), compared without case and
// spelled as its highest-numbered name; the number keeps the widest zero padding seen. It is one
// above the highest number of that prefix among `siteNames` and `otherNames` (the domain's other
// accounts, which a new name must not collide with): a gap is never filled, because a removed
// account's name may still be held by clients with its old password. A name ending in the site
// code ("SMSClient_TB1" at site TB1) is not numbered. Without any numbered name: the first name
// with "_2" appended ("SMSClient_CEN_2"), or "SMSClient_1" when there is no name at all.
QString next(const QStringList& siteNames, const QStringList& otherNames = {}, const QString& siteCode = {});
} // namespace AccountNames

inline QString nextAccountName(const QStringList& existingNames)
{
    return AccountNames::next(existingNames);
}
