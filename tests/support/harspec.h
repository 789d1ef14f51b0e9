#pragma once

#include <QJsonObject>
#include <QStringList>

namespace flaglab::test {

// What HAR 1.2 (http://www.softwareishard.com/blog/har-12-spec/) requires of
// a log and its entries; custom fields must start with an underscore. Empty
// when the HAR follows the spec; else one line per problem found.
QStringList harSpecProblems(const QJsonObject &har);

} // namespace flaglab::test
