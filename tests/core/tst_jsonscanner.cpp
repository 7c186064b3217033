// SPDX-License-Identifier: Apache-2.0
// JsonScanner and the streaming decoder of secret pages, held to QJsonDocument: every text is
// accepted by one exactly when it is accepted by the other, with the same values, and
// secretPageFromBody gives what secretPageFromDocument (QJsonDocument + JsonReader) gives, errors
// included. Named edge cases first, then generated bodies and random mutations of a real-looking
// page (fixed seeds, so a failure reproduces).
#include "core/api/codecs.h"
#include "core/api/jsonscanner.h"
#include "describe.h" // tests/fuzz: the same comparisons as the fuzz targets
#include "jsonvalues.h" // tests/fuzz

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace keystage;
using codec::JsonScanner;
using fuzz::describe;
using fuzz::documentValue;
using fuzz::sameValue;
using fuzz::scanText;

namespace {

QString printable(const QByteArray &text)
{
    QString out;
    for (const char c : text.left(300)) {
        const uchar b = uchar(c);
        out += b >= 0x20 && b < 0x7f ? QString(QLatin1Char(c))
                                     : QStringLiteral("\\x%1").arg(b, 2, 16, QLatin1Char('0'));
    }
    return out;
}

// A page of secrets as csms-local and CSMS write it, with the odd things a server may add.
QByteArray samplePage()
{
    return QByteArrayLiteral(
            "{\"page_info\":{\"current_count\":3,\"next_marker\":\"prod-db\","
            "\"previous_marker\":\"app-api\"},\"secrets\":[{\"auto_rotation\":false,"
            "\"create_time\":1792184171710,\"description\":\"api key (\\u00e9t\\u00e9) "
            "\\\"quoted\\\"\",\"enterprise_project_id\":\"0\",\"event_subscriptions\":[],"
            "\"id\":\"ff8108a7-c11b-4738-942d-0eda376aa5c6\",\"kms_key_id\":\"5f1b7e3a\","
            "\"name\":\"app-api\",\"scheduled_delete_time\":null,\"secret_type\":\"COMMON\","
            "\"state\":\"ENABLED\",\"update_time\":1792184171710},\n {\"name\":\"db-\xe4\xbd\xa0"
            "\xe5\xa5\xbd\",\"state\":\"PENDING_DELETE\",\"create_time\":\"1581507580000\","
            "\"scheduled_delete_time\":1.5815e12,\"auto_rotation\":\"true\","
            "\"event_subscriptions\":[\"RotationEvent\",\"DeleteEvent\"],\"rotation_config\":"
            "\"{\\\"a\\\":[1,2]}\",\"extra\":{\"deep\":[[{\"x\":-0.5e-3}],true,null]},"
            "\"tags\":[]},\t{\"name\":\"prod-db\",\"description\":\"tab\\there \\ud83d\\ude00\","
            "\"rotation_time\":0,\"next_rotation_time\":-12}],\"request_id\":\"r-1\"}\r\n");
}

} // namespace

class TestJsonScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameAsQJsonDocument_data();
    void sameAsQJsonDocument();
    void nestingLimit();
    void keysWithEscapes();
    void pageDecodersAgree_data();
    void pageDecodersAgree();
    void generatedPagesAgree();
    void mutatedPagesAgree();
};

void TestJsonScanner::sameAsQJsonDocument_data()
{
    QTest::addColumn<QByteArray>("text");
    const auto row = [](const char *name, const QByteArray &text) { QTest::newRow(name) << text; };
    row("empty", "");
    row("spaces only", " \t\r\n");
    row("empty object", "{}");
    row("empty array", "[ ]");
    row("scalar top level", "\"text\"");
    row("number top level", "12");
    row("byte order mark", "\xef\xbb\xbf{\"a\":1}");
    row("byte order mark alone", "\xef\xbb\xbf");
    row("trailing garbage", "{} x");
    row("trailing spaces", "{\"a\":[1, 2 ,3 ]} \n");
    row("form feed is no space", "{\"a\":\f1}");
    row("missing colon", "{\"a\" 1}");
    row("trailing comma object", "{\"a\":1,}");
    row("trailing comma array", "[1,]");
    row("leading comma", "[,1]");
    row("double comma", "{\"a\":1,,\"b\":2}");
    row("unquoted key", "{a:1}");
    row("unterminated", "{\"a\":[1,2");
    row("unterminated string", "{\"a\":\"abc");
    row("string last byte", "[\"a\"");
    row("literals", "[true,false,null]");
    row("bad literals", "[tru,fals,nul]");
    row("literal at the end", "[true");
    row("capital literal", "[True]");
    row("integers", "[0,-0,1,-1,9007199254740993,-9223372036854775808,9223372036854775807]");
    row("too big for int64", "[9223372036854775808,-99999999999999999999999]");
    row("fractions", "[0.5,-1.25,1e3,1E-3,2.5e+2,1.0,-0.0]");
    row("lenient numbers", "[1.,.5,-.5,1.e2]");
    row("leading zero", "[01]");
    row("minus alone", "[-]");
    row("plus sign", "[+1]");
    row("exponent without digits", "[1e]");
    row("huge exponent", "[1e400,-1e400,1e-400]");
    row("hex number", "[0x10]");
    row("number at the end", "[1");
    row("escapes", R"(["\"\\\/\b\f\n\r\t"])");
    row("unicode escapes", R"(["\u0041\u00e9\u4f60\uD83D\uDE00"])");
    row("lone surrogates", R"(["\ud800","\udc00x","\uDBFF\u0041"])");
    row("bad unicode escape", R"(["\u12G4"])");
    row("short unicode escape", R"(["\u12"])");
    row("unknown escapes", R"(["\x\q\'\0"])");
    row("escaped high byte", "[\"\\\xc3\xa9\"]");
    row("escaped high byte then ascii", "[\"\\\xc3"
                                        "a\"]");
    row("backslash at the end", "[\"\\");
    row("raw control characters", QByteArray("[\"a\tb\nc\x01\x1f\"]"));
    row("raw nul byte", QByteArray("[\"a\0b\"]", 7));
    row("nul byte outside strings", QByteArray("[1,\0 2]", 7));
    row("utf-8", "[\"\xc3\xa9\xe4\xbd\xa0\xf0\x9f\x98\x80\"]");
    row("utf-8 noncharacters", "[\"\xef\xbf\xbe\xef\xbf\xbf\xef\xb7\x90\"]");
    row("utf-8 highest", "[\"\xf4\x8f\xbf\xbf\"]");
    row("utf-8 above U+10FFFF", "[\"\xf4\x90\x80\x80\"]");
    row("utf-8 overlong", "[\"\xc0\xaf\"]");
    row("utf-8 overlong three", "[\"\xe0\x80\xaf\"]");
    row("utf-8 surrogate", "[\"\xed\xa0\x80\"]");
    row("utf-8 lone continuation", "[\"\x80\"]");
    row("utf-8 truncated", "[\"\xe4\xbd\"]");
    row("utf-8 in a key", "{\"\xc3\xa9\":1}");
    row("invalid utf-8 in a key", "{\"\xff\":1}");
    row("invalid utf-8 after an escape", "[\"\\n\xff\"]");
    row("duplicate keys", R"({"a":1,"b":2,"a":{"c":3}})");
    row("nested", R"({"a":[{"b":[[],{}]},[null]],"c":{"d":{"e":"f"}}})");
    row("sample page", samplePage());
}

void TestJsonScanner::sameAsQJsonDocument()
{
    QFETCH(QByteArray, text);
    const QJsonValue expected = documentValue(text);
    const QJsonValue actual = scanText(text);
    QVERIFY2(sameValue(actual, expected),
             qPrintable(QStringLiteral("scanner %1, QJsonDocument %2")
                                .arg(QString::fromUtf8(QJsonDocument(QJsonArray{actual})
                                                               .toJson(QJsonDocument::Compact)),
                                     QString::fromUtf8(QJsonDocument(QJsonArray{expected})
                                                               .toJson(QJsonDocument::Compact)))));
}

void TestJsonScanner::nestingLimit()
{
    for (int depth :
         {JsonScanner::MaxDepth - 1, JsonScanner::MaxDepth, JsonScanner::MaxDepth + 1}) {
        // Objects and arrays both count, as they do for QJsonDocument.
        QByteArray text;
        for (int i = 0; i < depth; ++i)
            text += i % 2 ? "[" : "{\"k\":";
        text += '1';
        for (int i = depth - 1; i >= 0; --i)
            text += i % 2 ? "]" : "}";
        const bool documentAccepts = !documentValue(text).isUndefined();
        QCOMPARE(!scanText(text).isUndefined(), documentAccepts);
        QCOMPARE(documentAccepts, depth <= JsonScanner::MaxDepth);
        // Inside a page (an unknown field of a secret, three levels down) the two decoders agree.
        const QByteArray page = "{\"secrets\":[{\"name\":\"a\",\"x\":" + text + "}]}";
        QCOMPARE(describe(codec::secretPageFromBody(page)),
                 describe(codec::secretPageFromDocument(page)));
    }
}

void TestJsonScanner::keysWithEscapes()
{
    // "n\u0061me" is the key "name"; the last of duplicate keys wins; escaped keys do not disturb
    // each other.
    const QByteArray body
            = R"({"secr\u0065ts":[{"n\u0061me":"first","\u006eame":"second",)"
              R"("st\u0061te":"ENABLED","descr\u0069ption":"d"}],)"
              R"("page_info":{"next_marker":"x"},"page_\u0069nfo":{"next_marker":"y"}})";
    const ApiResult<SecretPage> page = codec::secretPageFromBody(body);
    QVERIFY2(page.ok(), qPrintable(page.error().message));
    QCOMPARE(page->items.size(), 1);
    QCOMPARE(page->items.first().name, QStringLiteral("second"));
    QCOMPARE(page->items.first().state, QStringLiteral("ENABLED"));
    QCOMPARE(page->items.first().description, QStringLiteral("d"));
    QCOMPARE(page->pageInfo.nextMarker, QStringLiteral("y"));
    QCOMPARE(describe(page), describe(codec::secretPageFromDocument(body)));
}

void TestJsonScanner::pageDecodersAgree_data()
{
    QTest::addColumn<QByteArray>("body");
    const auto row = [](const char *name, const QByteArray &body) { QTest::newRow(name) << body; };
    row("sample", samplePage());
    row("empty object", "{}");
    row("array body", "[]");
    row("invalid array body", "[1,]");
    row("string body", "\"x\"");
    row("secrets null", R"({"secrets":null,"page_info":null})");
    row("secrets object", R"({"secrets":{}})");
    row("secrets string", R"({"secrets":"a"})");
    row("secret not an object", R"({"secrets":[{"name":"a"},1,{"name":3}]})");
    row("bad items, the first wins", R"({"secrets":[{"name":"a"},{"state":1},{"name":3}]})");
    row("two bad fields, decode order wins", R"({"secrets":[{"state":1,"name":2}]})");
    row("bad item then syntax error", R"({"secrets":[{"name":1}],"x":[})");
    row("bad item then bad page_info", R"({"secrets":[{"name":1}],"page_info":3})");
    row("page_info before secrets", R"({"page_info":{"current_count":"2"},"secrets":[]})");
    row("page_info wrong types", R"({"page_info":{"current_count":1.5,"next_marker":2}})");
    row("current_count too big", R"({"page_info":{"current_count":2147483648}})");
    row("duplicate secrets", R"({"secrets":[{"name":1}],"secrets":[{"name":"ok"}]})");
    row("duplicate secrets, bad last", R"({"secrets":[{"name":"ok"}],"secrets":[{"name":1}]})");
    row("duplicate field, bad first", R"({"secrets":[{"name":1,"name":"ok"}]})");
    row("duplicate field, bad last", R"({"secrets":[{"name":"ok","name":1}]})");
    row("times", R"({"secrets":[{"create_time":"12","update_time":1e3,"rotation_time":"x"}]})");
    row("time fraction", R"({"secrets":[{"create_time":1.5}]})");
    row("time beyond 2^53", R"({"secrets":[{"create_time":9007199254740993}]})");
    row("time far beyond 2^53", R"({"secrets":[{"create_time":9007199254740994}]})");
    row("time as spaced string", R"({"secrets":[{"create_time":" 12 "}]})");
    row("time as signed string", R"({"secrets":[{"create_time":"+12"}]})");
    row("time as huge number", R"({"secrets":[{"create_time":1e400}]})");
    row("booleans", R"({"secrets":[{"auto_rotation":"false"},{"auto_rotation":"yes"}]})");
    row("boolean number", R"({"secrets":[{"auto_rotation":1}]})");
    row("subscriptions with null", R"({"secrets":[{"event_subscriptions":["a",null]}]})");
    row("subscriptions string", R"({"secrets":[{"event_subscriptions":"a"}]})");
    row("nul bytes", QByteArray("{\"secrets\":[\0]}", 15));
    row("truncated", R"({"secrets":[{"name":"a"},{"na)");
}

void TestJsonScanner::pageDecodersAgree()
{
    QFETCH(QByteArray, body);
    QCOMPARE(describe(codec::secretPageFromBody(body)),
             describe(codec::secretPageFromDocument(body)));
}

void TestJsonScanner::generatedPagesAgree()
{
    // Secrets whose fields are each absent, null, of the right type or of a wrong one, in any
    // order, sometimes twice.
    QRandomGenerator random(20261125);
    const QList<QByteArray> fields{"id",
                                   "name",
                                   "state",
                                   "kms_key_id",
                                   "description",
                                   "create_time",
                                   "update_time",
                                   "scheduled_delete_time",
                                   "secret_type",
                                   "auto_rotation",
                                   "rotation_period",
                                   "rotation_config",
                                   "rotation_time",
                                   "next_rotation_time",
                                   "event_subscriptions",
                                   "enterprise_project_id",
                                   "rotation_func_urn",
                                   "unknown"};
    const QList<QByteArray> values{"null",
                                   "\"text\"",
                                   "\"\\u00e9\\n\"",
                                   "\"\xc3\xa9\"",
                                   "\"123\"",
                                   "\"true\"",
                                   "\"false\"",
                                   "0",
                                   "-7",
                                   "1581507580000",
                                   "1.5",
                                   "2e3",
                                   "9007199254740993",
                                   "true",
                                   "false",
                                   "[]",
                                   "[\"a\",\"b\"]",
                                   "[\"a\",1]",
                                   "[null]",
                                   "{}",
                                   "{\"x\":[1,{\"y\":null}]}"};
    int accepted = 0;
    for (int round = 0; round < 3000; ++round) {
        QByteArray body = "{\"secrets\":[";
        const int count = random.bounded(4);
        for (int i = 0; i < count; ++i) {
            if (i)
                body += ',';
            if (random.bounded(40) == 0) {
                body += values.at(random.bounded(values.size()));
                continue;
            }
            body += '{';
            const int members = random.bounded(8);
            for (int m = 0; m < members; ++m) {
                if (m)
                    body += ',';
                // Mostly the right kind of value for the field, so that most pages decode.
                const QByteArray &field = fields.at(random.bounded(fields.size()));
                QByteArray value = values.at(random.bounded(values.size()));
                if (random.bounded(3)) {
                    if (field.endsWith("time"))
                        value = "1581507580000";
                    else if (field == "auto_rotation")
                        value = "true";
                    else if (field == "event_subscriptions")
                        value = "[\"RotationEvent\"]";
                    else
                        value = "\"v" + QByteArray::number(round) + '"';
                }
                body += '"' + field + "\":" + value;
            }
            body += '}';
        }
        body += "],\"page_info\":";
        body += random.bounded(5) ? QByteArray("{\"next_marker\":\"m\",\"current_count\":3}")
                                  : values.at(random.bounded(values.size()));
        body += '}';
        const ApiResult<SecretPage> streamed = codec::secretPageFromBody(body);
        accepted += streamed.ok() ? 1 : 0;
        const QString expected = describe(codec::secretPageFromDocument(body));
        if (describe(streamed) != expected)
            QFAIL(qPrintable(QStringLiteral("%1\nstreamed: %2\nexpected: %3")
                                     .arg(printable(body), describe(streamed), expected)));
    }
    // Both outcomes were exercised.
    QVERIFY2(accepted > 300 && accepted < 2700, qPrintable(QString::number(accepted)));
}

void TestJsonScanner::mutatedPagesAgree()
{
    // Random damage to a page: bytes replaced by structural and other telling characters,
    // inserted, deleted, spans repeated, the text cut short.
    const QByteArray base = samplePage();
    const QByteArray telling = QByteArrayLiteral("{}[]:,\"\\ \t\nu0123456789.eE+-tfnlx\x80\xbf\xc3"
                                                 "\xe4\xed\xf0\xf4\xff");
    QRandomGenerator random(1125);
    int accepted = 0;
    for (int round = 0; round < 20000; ++round) {
        QByteArray text = base;
        const int edits = 1 + random.bounded(3);
        for (int e = 0; e < edits && !text.isEmpty(); ++e) {
            const int at = random.bounded(int(text.size()));
            const char c = telling.at(random.bounded(int(telling.size())));
            switch (random.bounded(5)) {
            case 0:
            case 1:
                text[at] = c;
                break;
            case 2:
                text.insert(at, c);
                break;
            case 3:
                text.remove(at, 1 + random.bounded(4));
                break;
            case 4:
                if (random.bounded(2))
                    text.truncate(at);
                else
                    text.insert(at, text.mid(at, random.bounded(40)));
                break;
            }
        }
        const QJsonValue expected = documentValue(text);
        const QJsonValue actual = scanText(text);
        if (!sameValue(actual, expected))
            QFAIL(qPrintable(
                    QStringLiteral("scanner and QJsonDocument differ on %1").arg(printable(text))));
        accepted += expected.isUndefined() ? 0 : 1;
        const QString streamed = describe(codec::secretPageFromBody(text));
        const QString reference = describe(codec::secretPageFromDocument(text));
        if (streamed != reference)
            QFAIL(qPrintable(QStringLiteral("%1\nstreamed: %2\nexpected: %3")
                                     .arg(printable(text), streamed, reference)));
    }
    QVERIFY2(accepted > 1000, qPrintable(QString::number(accepted)));
}

QTEST_GUILESS_MAIN(TestJsonScanner)
#include "tst_jsonscanner.moc"
