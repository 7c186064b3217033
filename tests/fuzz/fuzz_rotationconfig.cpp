// SPDX-License-Identifier: Apache-2.0
// rotation_config as the client reads and shows it: the codecs keep it as text
// (Secret::rotationConfig, a JSON text inside a JSON string), RotationConfig::parse reads it (JSON
// or Huawei's single-quoted form) for the instance association, and the value panel's "Pretty
// JSON" (codec::indentJson) indents such texts. The input is the text. What must hold:
// - RotationConfig::parse never fails: empty or blank text is Absent; a JSON object is Read with
//   exactly its string values of InstanceId, SecretSubType and InstanceType; other JSON is
//   Unreadable; the single-quoted form of a JSON object whose keys and values hold no quote or
//   backslash reads as that object does; the same text always reads the same way;
// - inside a secret, the text comes back unchanged through both page decoders and through
//   secretFromBody, however it is escaped (compact, indented, every character escaped). One
//   exception, Qt's: QJsonDocument drops a U+FEFF at the start of a string written as raw UTF-8
//   without escapes, and JsonScanner, held to QJsonDocument, does the same;
// - isJsonContainer agrees with QJsonDocument; indentJson gives a text only for those, it reads
//   back to the same JSON, and indenting it again changes nothing.
#include "fuzzcommon.h"

#include "core/api/codecs.h"
#include "core/api/jsonindent.h"
#include "core/ops/secretassociation.h"

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

void checkParsed(const QString &config, const QByteArray &bytes)
{
    const RotationConfig read = RotationConfig::parse(config);
    const RotationConfig again = RotationConfig::parse(config);
    FUZZ_CHECK(read.reading == again.reading && read.instanceId == again.instanceId
                       && read.subType == again.subType && read.instanceType == again.instanceType,
               "two readings differ: " + printable(bytes));
    if (config.trimmed().isEmpty()) {
        FUZZ_CHECK(read.reading == RotationConfig::Reading::Absent, printable(bytes));
        return;
    }
    FUZZ_CHECK(read.reading != RotationConfig::Reading::Absent, printable(bytes));
    QJsonParseError error{};
    const QJsonDocument json = QJsonDocument::fromJson(config.toUtf8(), &error);
    if (error.error == QJsonParseError::NoError) {
        if (!json.isObject()) {
            FUZZ_CHECK(read.reading == RotationConfig::Reading::Unreadable, printable(bytes));
            return;
        }
        const QJsonObject o = json.object();
        FUZZ_CHECK(read.reading == RotationConfig::Reading::Read, printable(bytes));
        FUZZ_CHECK(read.instanceId == o.value(QStringLiteral("InstanceId")).toString(),
                   printable(bytes));
        FUZZ_CHECK(read.subType == o.value(QStringLiteral("SecretSubType")).toString(),
                   printable(bytes));
        FUZZ_CHECK(read.instanceType == o.value(QStringLiteral("InstanceType")).toString(),
                   printable(bytes));
        // Huawei's single-quoted spelling of the same object, when it can be written without
        // escapes, reads the same.
        bool plain = true;
        QString quoted = QStringLiteral("{");
        for (auto it = o.begin(); it != o.end() && plain; ++it) {
            const QString value = it->toString();
            plain = it->isString() && !it.key().contains(QLatin1Char('\''))
                    && !it.key().contains(QLatin1Char('\\')) && !value.contains(QLatin1Char('\''))
                    && !value.contains(QLatin1Char('\\')) && !it.key().contains(QLatin1Char('"'))
                    && !value.contains(QLatin1Char('"'));
            if (quoted.size() > 1)
                quoted += QLatin1Char(',');
            quoted += QLatin1Char('\'') + it.key() + QStringLiteral("':'") + value
                      + QLatin1Char('\'');
        }
        quoted += QLatin1Char('}');
        if (plain && !o.isEmpty()) {
            const RotationConfig single = RotationConfig::parse(quoted);
            FUZZ_CHECK(single.reading == RotationConfig::Reading::Read
                               && single.instanceId == read.instanceId
                               && single.subType == read.subType
                               && single.instanceType == read.instanceType,
                       "the single-quoted form reads differently: " + printable(quoted.toUtf8()));
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = bytesOf(data, size);
    const QString config = QString::fromUtf8(bytes);
    checkParsed(config, bytes);

    const QJsonObject secret{{QStringLiteral("name"), QStringLiteral("rotating")},
                             {QStringLiteral("rotation_config"), config}};
    const QJsonObject page{{QStringLiteral("secrets"), QJsonArray{secret}}};
    checkDecoded(QJsonDocument(page).toJson(QJsonDocument::Compact), config);
    checkDecoded(QJsonDocument(page).toJson(QJsonDocument::Indented), config);
    // A row needs its name (only the name is required: issue 15's lenient decoding).
    checkDecoded("{\"secrets\":[{\"name\":\"rotating\",\"rotation_config\":" + fullyEscaped(config)
                         + "}]}",
                 config);
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
