#pragma once
// RequestInspector: the "Requests" dock (View → Requests). It lists every request of the session from
// net::RequestLog (time, profile, method, address, status, duration, sizes, retries), filters them, and shows
// the selected one's request and response (headers and bodies, pretty-printed, every secret masked). "Copy as
// curl" puts a command on the clipboard with the secret as $KONTOR_SECRET; "Save…" writes the requests shown to
// a file the person picks (written on the thread pool). Nothing is written anywhere else.

#include <QDockWidget>
#include <QScopedPointer>

class QSortFilterProxyModel;
class QTimer;

namespace Ui {
class RequestInspectorPane;
}

namespace kontor::net {
struct RequestRecord;
}

namespace kontor::gui {

class AppSettings;
class RequestLogModel;

class RequestInspector : public QDockWidget
{
    Q_OBJECT
public:
    // `settings` (may be null) remembers the column widths.
    explicit RequestInspector(AppSettings* settings, QWidget* parent = nullptr);
    ~RequestInspector() override;

    RequestLogModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    // The texts of the detail pane as shown now.
    QString requestText() const;
    QString responseText() const;

public slots:
    void copyAsCurl();
    void copyText();
    void save();
    void clear();

signals:
    void saved(const QString& path, bool ok);

private:
    const net::RequestRecord* currentRecord() const;
    void showCurrent();
    void updateCount();
    void saveHeaderState();

    QScopedPointer<Ui::RequestInspectorPane> m_ui;
    AppSettings* m_settings;
    RequestLogModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTimer* m_headerSaveTimer;
};

} // namespace kontor::gui
