import { chooseHost, NO_OFFICE_JS, NOT_IN_EXCEL, previewHostOf } from "../../src/taskpane/boot";
import { FakeHost } from "../helpers/pane-fake-host";

describe("choosing the workbook host", () => {
  it("uses the Excel adapter inside Excel", async () => {
    const excel = new FakeHost();
    const choice = await chooseHost({ onReady: async () => true, createExcelHost: () => excel, previewHost: () => undefined });
    expect(choice).toEqual({ kind: "excel", host: excel });
  });

  it("uses the preview's host from the parent window, without waiting for office.js", async () => {
    const preview = new FakeHost();
    const onReady = jest.fn(async () => false);
    const createExcelHost = jest.fn(() => new FakeHost());
    const choice = await chooseHost({ onReady, createExcelHost, previewHost: () => preview });
    expect(choice).toEqual({ kind: "preview", host: preview });
    expect(onReady).not.toHaveBeenCalled();
    expect(createExcelHost).not.toHaveBeenCalled();
  });

  it("says to open the pane in Excel anywhere else", async () => {
    const choice = await chooseHost({ onReady: async () => false, createExcelHost: () => new FakeHost(), previewHost: () => undefined });
    expect(choice).toEqual({ kind: "none", message: NOT_IN_EXCEL });
    expect(NOT_IN_EXCEL).toContain("请在 Excel 中打开本面板");
  });

  it("says office.js could not be loaded when its CDN is out of reach", async () => {
    const choice = await chooseHost({ onReady: undefined, createExcelHost: () => new FakeHost(), previewHost: () => undefined });
    expect(choice).toEqual({ kind: "none", message: NO_OFFICE_JS });
  });

  it("explains an adapter that cannot start", async () => {
    const choice = await chooseHost({
      onReady: async () => true,
      createExcelHost: () => {
        throw new Error("Office.context.requirements is undefined");
      },
      previewHost: () => undefined,
    });
    expect(choice).toEqual({ kind: "none", message: "无法连接 Excel（Office.context.requirements is undefined）。请关闭本面板后重新打开。" });
  });

  it("tells the user it is still waiting when Office is slow, and not when it is quick", async () => {
    jest.useFakeTimers();
    try {
      let ready!: (inExcel: boolean) => void;
      const onSlow = jest.fn();
      const choosing = chooseHost({
        onReady: () => new Promise<boolean>((r) => (ready = r)),
        createExcelHost: () => new FakeHost(),
        previewHost: () => undefined,
        onSlow,
        slowMs: 15000,
      });
      await jest.advanceTimersByTimeAsync(14999);
      expect(onSlow).not.toHaveBeenCalled();
      await jest.advanceTimersByTimeAsync(1);
      expect(onSlow).toHaveBeenCalledTimes(1);
      ready(true);
      expect((await choosing).kind).toBe("excel");

      const quick = jest.fn();
      await chooseHost({ onReady: async () => true, createExcelHost: () => new FakeHost(), previewHost: () => undefined, onSlow: quick, slowMs: 100 });
      await jest.advanceTimersByTimeAsync(1000);
      expect(quick).not.toHaveBeenCalled();
    } finally {
      jest.useRealTimers();
    }
  });

  it("reads the preview host from the parent, and treats a cross-origin parent as none", () => {
    const preview = new FakeHost();
    expect(previewHostOf({ parent: { nianbaoPreviewHost: preview } } as unknown as Window)).toBe(preview);
    const crossOrigin = {
      get parent(): Window {
        return new Proxy({} as Window, {
          get() {
            throw new DOMException("Blocked a frame with origin", "SecurityError");
          },
        });
      },
    };
    expect(previewHostOf(crossOrigin as unknown as Window)).toBeUndefined();
  });
});
