import { describe as suite, expect, it } from 'vitest';
import { describe } from './TemplatesPage';

suite("a template's summary", () => {
  it('reads a description as a lead and the parts it sets up', () => {
    expect(
      describe(
        "A county-level center: the one-stop core of four-level joint mediation; 6 resident departments (police, court); Tongliao's areas; Gongliu's 3/7/15-day deadlines.",
      ),
    ).toEqual({
      lead: 'A county-level center',
      parts: ['the one-stop core of four-level joint mediation', '6 resident departments (police, court)', "Tongliao's areas", "Gongliu's 3/7/15-day deadlines"],
    });
  });

  it('keeps a description without parts whole', () => {
    expect(describe('从通辽市中心保存的模板。')).toEqual({ lead: '从通辽市中心保存的模板', parts: [] });
  });
});
