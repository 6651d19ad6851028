#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace foi::core {

// The stable text codes of the model's enumerations ("not-held", "would-be-likely-to"), as the
// case file, the store and the CLI write them. Defined for every enum in model/ and for Duty and
// AuthorityKind from law/. fromCode returns nullopt for a code it does not know.
template<typename E> QString toCode(E value);

template<typename E> std::optional<E> fromCode(QStringView code);

// Every code of the enumeration, in declaration order (for messages and the JSON Schema).
template<typename E> QStringList allCodes();

} // namespace foi::core
