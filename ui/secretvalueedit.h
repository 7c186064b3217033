// SecretValueEdit: the multi-line editor for a new secret value (plain text, JSON...). Its text
// is never logged; wipe() overwrites what it can reach (the document and every copy handed out
// by takeValue()) before clearing it.
#pragma once

#include <QPlainTextEdit>

namespace keystage::ui {

class SecretValueEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit SecretValueEdit(QWidget *parent = nullptr);

    bool isEmpty() const;
    int length() const;
    QString value() const; // a copy: the caller wipes it (wipeString)
    void wipe();

    static void wipeString(QString &text);
};

} // namespace keystage::ui
