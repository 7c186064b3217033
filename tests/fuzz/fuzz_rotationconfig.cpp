// SPDX-License-Identifier: Apache-2.0
// rotation_config as the client reads and shows it. No reader of its own exists yet: the codecs
// keep it as text (Secret::rotationConfig, a JSON text inside a JSON string), and the value panel's
// "Pretty JSON" (codec::indentJson) is what parses such texts. The input is the text. What must
// hold:
// - inside a secret, the text comes back unchanged through both page decoders and through
//   secretFromBody, however it is escaped (compact, indented, every character escaped). One
//   exception, Qt's: QJsonDocument drops a U+FEFF at the start of a string written as raw UTF-8
//   without escapes, and JsonScanner, held to QJsonDocument, does the same;
// - isJsonContainer agrees with QJsonDocument; indentJson gives a text only for those, it reads
//   back to the same JSON, and indenting it again changes nothing.
#include "fuzzcommon.h"

#include "core/api/codecs.h"
#include "core/api/jsonindent.h"

using namespace keystage;
using namespace keystage::fuzz;

namespace {

// The text as a JSON string with every character escaped as \uXXXX.
QByteArray fullyEscaped(const QString &text)
{
    QByteArray out = "\"";
    for (const QChar c : text)
        out += "\\u" + QByteArray::number(c.unicode(), 16).rightJustified(4, '0');
    return out + '"';
}

// Both page decoders read the text as QJsonDocument reads it from the body, and that is the text,
// or the text without a leading U+FEFF (Qt drops it from a string written as raw UTF-8 without
// escapes; see above).
void checkDecoded(const QByteArray &body, const QString &config)
{
    const QString expected = QJsonDocument::fromJson(body)
                                     .object()
                                     .value(QStringLiteral("secrets"))
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value(QStringLiteral("rotation_config"))
                                     .toString();
    FUZZ_CHECK(expected == config
                       || (config.startsWith(QChar(0xfeff)) && expected == config.mid(1)),
               "QJsonDocument reads another text: " + printable(body));
    const ApiResult<SecretPage> streamed = codec::secretPageFromBody(body);
    const ApiResult<SecretPage> document = codec::secretPageFromDocument(body);
    FUZZ_CHECK(streamed && streamed->items.size() == 1, printable(body));
    FUZZ_CHECK(document && document->items.size() == 1, printable(body));
    FUZZ_CHECK(streamed->items.first().rotationConfig == expected,
               "secretPageFromBody changed the text: " + printable(body));
    FUZZ_CHECK(document->items.first().rotationConfig == expected,
               "secretPageFromDocument changed the text: " + printable(body));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = bytesOf(data, size);
    const QString config = QString::fromUtf8(bytes);

    const QJsonObject secret{{QStringLiteral("name"), QStringLiteral("rotating")},
                             {QStringLiteral("rotation_config"), config}};
    const QJsonObject page{{QStringLiteral("secrets"), QJsonArray{secret}}};
    checkDecoded(QJsonDocument(page).toJson(QJsonDocument::Compact), config);
    checkDecoded(QJsonDocument(page).toJson(QJsonDocument::Indented), config);
    checkDecoded("{\"secrets\":[{\"rotation_config\":" + fullyEscaped(config) + "}]}", config);
    const ApiResult<Secret> one = codec::secretFromBody(
            QJsonDocument(QJsonObject{{QStringLiteral("secret"), secret}}).toJson());
    FUZZ_CHECK(one && (one->rotationConfig == config || one->rotationConfig == config.mid(1)),
               printable(bytes));

    const QJsonValue expected = documentValue(config.toUtf8());
    FUZZ_CHECK(codec::isJsonContainer(config) == !expected.isUndefined(), printable(bytes));
    const std::optional<QString> indented = codec::indentJson(config);
    FUZZ_CHECK(indented.has_value() == !expected.isUndefined(), printable(bytes));
    if (indented) {
        FUZZ_CHECK(sameValue(documentValue(indented->toUtf8()), expected),
                   "the indented text reads differently: " + printable(*indented));
        const std::optional<QString> twice = codec::indentJson(*indented);
        FUZZ_CHECK(twice && *twice == *indented,
                   "indenting twice changes the text: " + printable(*indented));
    }
    return 0;
}
