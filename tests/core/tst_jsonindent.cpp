// SPDX-License-Identifier: Apache-2.0
// indentJson: the pretty view changes nothing but whitespace. Exact layouts for named cases, the
// same acceptance as QJsonDocument (nesting limit included), and for generated values with random
// whitespace (fixed seed, so a failure reproduces): the tokens come out as written, the document
// reads the same, and indenting again changes nothing.
#include "core/api/jsonindent.h"
#include "core/api/jsonscanner.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace keystage;
using codec::indentJson;

namespace {

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

// The text without whitespace outside strings: what indenting must leave untouched.
QString tokens(QStringView text)
{
    QString out;
    bool inString = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (inString) {
            out += c;
            if (c == u'\\' && i + 1 < text.size())
                out += text[++i];
            else if (c == u'"')
                inString = false;
        } else if (c == u'"') {
            inString = true;
            out += c;
        } else if (!isSpace(c)) {
            out += c;
        }
    }
    return out;
}

bool documentAccepts(const QString &text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    return document.isObject() || document.isArray();
}

// Random JSON text with random whitespace between tokens, in the spellings QJsonDocument reads
// and toJson would change.
class Generator
{
public:
    explicit Generator(quint32 seed)
        : m_random(seed)
    {}

    QString document()
    {
        QString text = space();
        container(text, 0);
        return text + space();
    }

private:
    int below(int n) { return int(m_random.bounded(n)); }

    QString space()
    {
        static const QString spaces[] = {{},
                                         {},
                                         {},
                                         QStringLiteral(" "),
                                         QStringLiteral("\n  "),
                                         QStringLiteral("\t"),
                                         QStringLiteral("\r\n"),
                                         QStringLiteral("   \n\t ")};
        return spaces[below(std::size(spaces))];
    }

    QString string()
    {
        static const QString pieces[]
                = {QStringLiteral("user"),        QStringLiteral("password"),
                   QStringLiteral("\\u00e9"),     QStringLiteral("\\\""),
                   QStringLiteral("\\\\"),        QStringLiteral("\\/"),
                   QStringLiteral("\\n\\t\\r"),   QStringLiteral("\\uD83D\\uDE00"),
                   QStringLiteral("é你好"),       QStringLiteral("😀"),
                   QStringLiteral(" {a: [1,]} "), QStringLiteral("\\x"),
                   QStringLiteral("\t"),          QString()};
        QString text = QStringLiteral("\"");
        for (int i = below(4); i > 0; --i)
            text += pieces[below(std::size(pieces))];
        return text + u'"';
    }

    QString number()
    {
        static const QString numbers[] = {QStringLiteral("0"),
                                          QStringLiteral("-0"),
                                          QStringLiteral("1.0"),
                                          QStringLiteral("1e5"),
                                          QStringLiteral("1E-3"),
                                          QStringLiteral("2.50e+2"),
                                          QStringLiteral("-0.0"),
                                          QStringLiteral("1."),
                                          QStringLiteral(".5"),
                                          QStringLiteral("12345678901234567890"),
                                          QStringLiteral("9007199254740993"),
                                          QStringLiteral("-42"),
                                          QStringLiteral("1e-300"),
                                          QStringLiteral("3.14159265358979323846")};
        return numbers[below(std::size(numbers))];
    }

    void value(QString &text, int depth)
    {
        switch (below(depth < 6 ? 8 : 5)) {
        case 0:
            text += string();
            break;
        case 1:
            text += number();
            break;
        case 2:
            text += below(2) ? QStringLiteral("true") : QStringLiteral("false");
            break;
        case 3:
            text += QStringLiteral("null");
            break;
        case 4:
            text += number();
            break;
        default:
            container(text, depth + 1);
            break;
        }
    }

    void container(QString &text, int depth)
    {
        const bool object = below(2);
        text += object ? u'{' : u'[';
        const int count = below(5);
        for (int i = 0; i < count; ++i) {
            text += space();
            if (object) {
                text += below(5) ? string() : QStringLiteral("\"dup\""); // duplicates too
                text += space() + u':' + space();
            }
            value(text, depth);
            text += space();
            if (i + 1 < count)
                text += u',';
        }
        if (count == 0)
            text += space();
        text += object ? u'}' : u']';
    }

    QRandomGenerator m_random;
};

QString nested(int depth)
{
    return QString(depth, u'[') + QString(depth, u']');
}

} // namespace

class TestJsonIndent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void layout_data();
    void layout();
    void invalid_data();
    void invalid();
    void nestingLimit();
    void generatedValuesKeepTheirTokens();
};

void TestJsonIndent::layout_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *name, const QString &text, const QString &expected) {
        QTest::newRow(name) << text << expected;
    };
    row("key order", QStringLiteral(R"({"user":"app","password":"x"})"),
        QStringLiteral("{\n    \"user\": \"app\",\n    \"password\": \"x\"\n}"));
    row("duplicate keys", QStringLiteral(R"({"a":1,"a":2})"),
        QStringLiteral("{\n    \"a\": 1,\n    \"a\": 2\n}"));
    row("numbers as written", QStringLiteral("[1.0,1e5,-0,12345678901234567890,1.,.5,2.50E+2]"),
        QStringLiteral("[\n    1.0,\n    1e5,\n    -0,\n    12345678901234567890,\n    1.,\n"
                       "    .5,\n    2.50E+2\n]"));
    row("escapes as written", QStringLiteral(R"({"\u00e9":"a\"b\\c\/d\u00E9\uD83D\uDE00\x"})"),
        QStringLiteral(R"({
    "\u00e9": "a\"b\\c\/d\u00E9\uD83D\uDE00\x"
})"));
    row("unicode text", QStringLiteral("{\"名前\":\"é 😀 你好\"}"),
        QStringLiteral("{\n    \"名前\": \"é 😀 你好\"\n}"));
    row("spaces inside strings stay", QStringLiteral("[\" a , b : { \",\"\ttab\"]"),
        QStringLiteral("[\n    \" a , b : { \",\n    \"\ttab\"\n]"));
    row("literals", QStringLiteral("[true,false,null]"),
        QStringLiteral("[\n    true,\n    false,\n    null\n]"));
    row("empty object", QStringLiteral("{}"), QStringLiteral("{}"));
    row("empty array with spaces", QStringLiteral(" [ \n ] "), QStringLiteral("[]"));
    row("nested and empty", QStringLiteral(R"({"a":[1,{"b":null},[],{}],"c":{ },"d":[[2]]})"),
        QStringLiteral(R"({
    "a": [
        1,
        {
            "b": null
        },
        [],
        {}
    ],
    "c": {},
    "d": [
        [
            2
        ]
    ]
})"));
    row("whitespace normalised",
        QStringLiteral("\r\n\t{ \"user\" :\n\"app\"  ,\t\"n\"\r:[ 1 ,2 ] }\n"),
        QStringLiteral("{\n    \"user\": \"app\",\n    \"n\": [\n        1,\n        2\n    ]\n}"));
    row("already indented",
        QStringLiteral("{\n    \"user\": \"app\",\n    \"n\": [\n        1\n    ]\n}"),
        QStringLiteral("{\n    \"user\": \"app\",\n    \"n\": [\n        1\n    ]\n}"));
    row("byte order mark", QStringLiteral("\uFEFF[1]"), QStringLiteral("[\n    1\n]"));
}

void TestJsonIndent::layout()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QVERIFY(documentAccepts(text));
    QVERIFY(codec::isJsonContainer(text));
    const std::optional<QString> indented = indentJson(text);
    QVERIFY(indented);
    QCOMPARE(*indented, expected);
    QCOMPARE(indentJson(*indented), indented); // idempotent
    QCOMPARE(QJsonDocument::fromJson(indented->toUtf8()), QJsonDocument::fromJson(text.toUtf8()));
}

void TestJsonIndent::invalid_data()
{
    QTest::addColumn<QString>("text");
    const auto row = [](const char *name, const QString &text) { QTest::newRow(name) << text; };
    row("empty", QString());
    row("spaces only", QStringLiteral(" \n\t"));
    row("trailing comma object", QStringLiteral(R"({"a":1,})"));
    row("trailing comma array", QStringLiteral("[1,2,]"));
    row("unterminated string", QStringLiteral(R"({"a":"abc)"));
    row("unterminated string with escaped quote", QStringLiteral(R"(["abc\"])"));
    row("unterminated object", QStringLiteral(R"({"a":[1,2])"));
    row("bare number", QStringLiteral("42"));
    row("bare string", QStringLiteral("\"x\""));
    row("bare literal", QStringLiteral("true"));
    row("trailing garbage", QStringLiteral("{} x"));
    row("two documents", QStringLiteral("[1] [2]"));
    row("missing colon", QStringLiteral(R"({"a" 1})"));
    row("unquoted key", QStringLiteral("{a:1}"));
    row("mismatched brackets", QStringLiteral("[1}"));
    row("bad number", QStringLiteral("[01]"));
    row("bad literal", QStringLiteral("[tru]"));
    row("bad escape", QStringLiteral(R"(["\u12G4"])"));
    row("form feed is no space", QStringLiteral("[\f1]"));
    row("byte order mark alone", QStringLiteral("\uFEFF"));
}

void TestJsonIndent::invalid()
{
    QFETCH(QString, text);
    QVERIFY(!documentAccepts(text));
    QVERIFY(!codec::isJsonContainer(text));
    QVERIFY(!indentJson(text));
}

void TestJsonIndent::nestingLimit()
{
    using codec::JsonScanner;
    for (int depth :
         {JsonScanner::MaxDepth - 1, JsonScanner::MaxDepth, JsonScanner::MaxDepth + 1}) {
        const QString text = nested(depth);
        const bool accepted = depth <= JsonScanner::MaxDepth;
        QCOMPARE(documentAccepts(text), accepted);
        const std::optional<QString> indented = indentJson(text);
        QCOMPARE(indented.has_value(), accepted);
        if (accepted) {
            // The innermost array is empty; every other bracket has a line of its own.
            const QStringList lines = indented->split(u'\n');
            QCOMPARE(lines.size(), 2 * (depth - 1) + 1);
            QCOMPARE(lines.at(depth - 1), QString((depth - 1) * 4, u' ') + QStringLiteral("[]"));
            QCOMPARE(lines.last(), QStringLiteral("]"));
        }
    }
    // Far beyond the limit: refused, without recursion.
    QVERIFY(!indentJson(QString(100000, u'[')));
    QVERIFY(!indentJson(nested(100000)));
    QVERIFY(!indentJson(QString(100000, u'{')));
}

void TestJsonIndent::generatedValuesKeepTheirTokens()
{
    Generator generator(20240611);
    for (int i = 0; i < 400; ++i) {
        const QString text = generator.document();
        const QByteArray utf8 = text.toUtf8();
        QVERIFY2(documentAccepts(text), qPrintable(text));
        const std::optional<QString> indented = indentJson(text);
        QVERIFY2(indented, qPrintable(text));
        QCOMPARE(tokens(*indented), tokens(text));
        QCOMPARE(QJsonDocument::fromJson(indented->toUtf8()), QJsonDocument::fromJson(utf8));
        QCOMPARE(indentJson(*indented), indented);
        // The layout (the generator puts no raw line break in a string): each line is a multiple
        // of four spaces and then a token, and nothing trails it.
        for (const QString &line : indented->split(u'\n')) {
            qsizetype indent = 0;
            while (indent < line.size() && line.at(indent) == u' ')
                ++indent;
            QCOMPARE(indent % 4, 0);
            QVERIFY(indent < line.size() && !isSpace(line.at(indent)));
            QVERIFY(!isSpace(line.back()));
        }
    }
}

QTEST_GUILESS_MAIN(TestJsonIndent)
#include "tst_jsonindent.moc"
