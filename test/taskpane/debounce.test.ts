import { Debouncer } from "../../src/taskpane/debounce";

describe("the debounce scheduler", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("runs once, after a burst of triggers has been quiet for the delay", () => {
    const task = jest.fn();
    const d = new Debouncer(task, 400);
    for (let i = 0; i < 5; i++) {
      d.trigger();
      jest.advanceTimersByTime(100);
    }
    expect(task).not.toHaveBeenCalled();
    jest.advanceTimersByTime(299);
    expect(task).not.toHaveBeenCalled();
    expect(d.pending).toBe(true);
    jest.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
    expect(d.pending).toBe(false);
  });

  it("forgets a pending run when cancelled", () => {
    const task = jest.fn();
    const d = new Debouncer(task, 400);
    d.trigger();
    d.cancel();
    jest.advanceTimersByTime(1000);
    expect(task).not.toHaveBeenCalled();
  });

  it("runs again for a new burst after the first has run", () => {
    const task = jest.fn();
    const d = new Debouncer(task, 400);
    d.trigger();
    jest.advanceTimersByTime(400);
    d.trigger();
    jest.advanceTimersByTime(400);
    expect(task).toHaveBeenCalledTimes(2);
  });
});
